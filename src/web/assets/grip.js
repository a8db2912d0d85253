/* grip.js — progressive enhancement for grip's pages; every page works
   without it. With it:
   - forms are sent in the background and the page's <main> is replaced by
     the answer (the next page, or the same form showing what was refused),
     keeping the scroll position, so a check-in or a commitment closes in
     place; sign-in and sign-out still load whole pages;
   - keyboard shortcuts: g then w, u, s, g or a goes to My week, Units,
     Strategy, Groups or Admin; c checks in on an objective's page; ? shows
     or hides the list of shortcuts where a page has one;
   - a form being sent cannot be sent twice. */
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

	/* The answer's <main> and title in place of ours. */
	function swap(html, url) {
		var doc = new DOMParser().parseFromString(html, "text/html");
		var next = doc.querySelector("main"), main = document.querySelector("main");
		if (!next || !main) return false;
		var y = window.scrollY;
		main.innerHTML = next.innerHTML;
		document.title = doc.title;
		if (url && url !== window.location.href) window.history.pushState({}, "", url);
		var alert = main.querySelector("[role='alert']");
		if (alert) {
			alert.setAttribute("tabindex", "-1");
			alert.focus();
		} else {
			window.scrollTo(0, y);
		}
		return true;
	}

	function inline(form) {
		var action = form.getAttribute("action") || "";
		return form.method.toLowerCase() === "post" && action !== "/signin" && action !== "/signout" &&
			window.fetch && window.DOMParser && window.URLSearchParams;
	}

	document.addEventListener("submit", function (e) {
		var form = e.target;
		if (form.dataset.sending) { e.preventDefault(); return; }
		form.dataset.sending = "1";
		var button = form.querySelector("button[type='submit']");
		if (button) button.setAttribute("aria-busy", "true");
		if (!inline(form)) return;
		e.preventDefault();
		var body = new URLSearchParams(new FormData(form));
		fetch(form.action, { method: "POST", body: body, credentials: "same-origin" })
			.then(function (res) {
				return res.text().then(function (text) {
					if (!swap(text, res.url)) window.location.assign(res.url);
				});
			})
			.catch(function () { form.submit(); });
	});

	window.addEventListener("popstate", function () { window.location.reload(); });
})();
