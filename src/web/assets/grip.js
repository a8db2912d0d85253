/* grip.js — progressive enhancement for grip's pages; every page works
   without it. With it:
   - forms are sent in the background and the page's <main> is replaced by
     the answer (the next page, or the same form showing what was refused),
     keeping the scroll position, so a check-in or a commitment closes in
     place; sign-in and sign-out still load whole pages;
   - keyboard shortcuts: g then w, u, s, g or a goes to My week, Units,
     Strategy, Groups or Admin; c checks in on an objective's page; ? shows
     or hides the list of shortcuts where a page has one;
   - a form being sent cannot be sent twice;
   - the coach reads a text as it is typed: after a pause, a control marked
     data-coach is posted to /coach/check (with the session's CSRF token,
     like every form) and the hints that come back fill the live region
     the control names (data-coach-hints, also in its aria-describedby).
     The check changes nothing; the hints never keep a form from being
     sent. */
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

	/* ---- the coach's hints as people type ---- */
	var PAUSE = 600; /* ms without a key before the text is checked */
	var timers = new WeakMap(), asked = new WeakMap(), shown = new WeakMap();

	/* A key result's kind: the control's own, else the form's "kind" select. */
	function krKind(input) {
		if (input.dataset.coachKrKind) return input.dataset.coachKrKind;
		var kind = input.form && input.form.elements.namedItem("kind");
		return kind && kind.value ? kind.value : "";
	}

	function fill(region, html) {
		if (shown.get(region) === html) return; /* the same hints are not said again */
		shown.set(region, html);
		region.innerHTML = html;
	}

	function check(input) {
		var region = document.getElementById(input.dataset.coachHints);
		var csrf = input.form && input.form.elements.namedItem("csrf");
		if (!input.isConnected || !region || !csrf || !window.fetch || !window.URLSearchParams) return;
		var n = (asked.get(input) || 0) + 1; /* only the latest question's answer counts */
		asked.set(input, n);
		if (!input.value.trim()) { fill(region, ""); return; }
		var body = new URLSearchParams();
		body.set("csrf", csrf.value);
		body.set("kind", input.dataset.coach);
		body.set("text", input.value);
		if (input.dataset.coach === "key_result" && krKind(input)) body.set("kr_kind", krKind(input));
		fetch("/coach/check", { method: "POST", body: body, credentials: "same-origin", redirect: "error" })
			.then(function (res) { return res.ok ? res.text() : null; })
			.then(function (html) {
				if (html !== null && asked.get(input) === n && input.isConnected) fill(region, html);
			})
			.catch(function () {});
	}

	document.addEventListener("input", function (e) {
		var t = e.target;
		if (!t || !t.dataset || !t.dataset.coach) return;
		clearTimeout(timers.get(t));
		timers.set(t, setTimeout(function () { check(t); }, PAUSE));
	});

	/* Another kind of key result is read differently: check its title again. */
	document.addEventListener("change", function (e) {
		var t = e.target;
		if (!t || t.name !== "kind" || !t.form) return;
		var title = t.form.querySelector("[data-coach]:not([data-coach-kr-kind])");
		if (title && title.value.trim()) check(title);
	});

	window.addEventListener("popstate", function () { window.location.reload(); });
})();
