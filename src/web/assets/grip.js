/* grip.js — progressive enhancement for grip's pages. Everything works
   without it; with it: keyboard shortcuts (g w, g u, g s, g g, g a to go to
   a page, c to check in on an objective's page, ? to list them), and a form
   that is being sent cannot be sent twice. */
(function () {
	"use strict";
	var go = { w: "/", u: "/units", s: "/tree", g: "/groups", a: "/admin" };
	var pending = null;
	function typing(e) {
		var t = e.target;
		return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
	}
	document.addEventListener("keydown", function (e) {
		if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
		if (pending === "g" && go[e.key]) {
			pending = null;
			window.location.assign(go[e.key]);
			return;
		}
		pending = e.key === "g" ? "g" : null;
		if (e.key === "c") {
			var link = document.querySelector("a[data-key='c']");
			if (link) window.location.assign(link.getAttribute("href"));
		} else if (e.key === "?") {
			var help = document.getElementById("shortcuts");
			if (help) help.hidden = !help.hidden;
		}
	});
	document.addEventListener("submit", function (e) {
		var form = e.target;
		if (form.dataset.sending) { e.preventDefault(); return; }
		form.dataset.sending = "1";
		var button = form.querySelector("button[type='submit']");
		if (button) button.setAttribute("aria-busy", "true");
	});
})();
