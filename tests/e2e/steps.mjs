// steps.mjs — what the scenarios do in the browser, written against the
// pages' contract: controls found by their visible labels, fieldsets by
// their legends, buttons and links by their names. Every check that fails
// throws an Expectation saying what was expected and what was found, and
// where (the path and the page's h1).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class Expectation extends Error {
	constructor(message) {
		super(message);
		this.expected = true;
	}
}

export function failure(expected, found) {
	throw new Expectation(`expected ${expected}\nfound ${found}`);
}

// `found` may be a function (async or not) that describes what was found,
// called only when the check fails.
export async function expect(ok, expected, found) {
	if (!ok) failure(expected, typeof found === 'function' ? await found() : found);
}

const WIDE = { width: 1280, height: 900 };
// GRIP_E2E_TIME_FACTOR (default 1) stretches every wait of a run: tests/run
// sets it when passes run side by side. run.mjs reads it from here.
export const TIME_FACTOR = Math.max(1, Number(process.env.GRIP_E2E_TIME_FACTOR) || 1);
export const NARROW = { width: 375, height: 812 };

// A browser context of its own (cookies, viewport, script on or off) and a
// page in it. Errors the page logs are kept as notes for review.
export async function newPage(env, { narrow = false, script = true, scheme = 'light' } = {}) {
	const context = await env.browser.newContext({
		viewport: narrow ? NARROW : WIDE,
		javaScriptEnabled: script,
		colorScheme: scheme,
		locale: 'en-GB',
	});
	env.contexts.push(context);
	// Each action's wait stretches by TIME_FACTOR, as the run's limits do:
	// two test lanes at once slow the browser too.
	context.setDefaultTimeout(4000 * TIME_FACTOR);
	context.setDefaultNavigationTimeout(10000 * TIME_FACTOR);
	const page = await context.newPage();
	const note = (n) => { if (!env.notes.includes(n)) env.notes.push(n); };
	page.on('console', (m) => {
		if (m.type() !== 'error' || m.text().startsWith('Failed to load resource')) return;
		note(`console error on ${pathOf(page)}: ${m.text()}`);
		// A page that breaks its own Content-Security-Policy fails its scenario.
		if (/Content Security Policy/i.test(m.text())) env.csp.push(`${pathOf(page)}: ${m.text()}`);
	});
	page.on('pageerror', (e) => note(`script error on ${pathOf(page)}: ${e.message}`));
	page.on('response', (r) => {
		if (r.status() >= 400 && r.request().resourceType() !== 'document')
			note(`${r.request().method()} ${new URL(r.url()).pathname} answered ${r.status()}`);
	});
	page.narrow = narrow;
	return page;
}

export function pathOf(page) {
	try {
		const u = new URL(page.url());
		return u.pathname + u.search;
	} catch {
		return page.url();
	}
}

// "on /path (h1 "…")": where a failure happened.
export async function where(page) {
	const h1 = await page.locator('h1').allTextContents().catch(() => []);
	const errors = await page.locator('.error-summary, .field-error').allTextContents().catch(() => []);
	let s = `on ${pathOf(page)} (h1: ${h1.length ? h1.map((t) => JSON.stringify(t.trim())).join(', ') : 'none'})`;
	if (errors.length) s += `; the page says: ${errors.map((t) => JSON.stringify(t.trim())).join(', ')}`;
	return s;
}

// The labels, legends, buttons and links a page offers: what a failure
// shows when a control is missing.
async function inventory(scope) {
	const texts = async (sel) => (await scope.locator(sel).allTextContents().catch(() => []))
		.map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean);
	const parts = [];
	const labels = await texts('label');
	const legends = await texts('legend');
	const buttons = await texts('button');
	const links = await texts('main a');
	if (labels.length) parts.push(`labels ${JSON.stringify(labels.slice(0, 30))}`);
	if (legends.length) parts.push(`legends ${JSON.stringify(legends.slice(0, 15))}`);
	if (buttons.length) parts.push(`buttons ${JSON.stringify(buttons.slice(0, 15))}`);
	if (links.length) parts.push(`links in main ${JSON.stringify(links.slice(0, 15))}`);
	return parts.length ? parts.join('; ') : 'no labels, legends, buttons or links';
}

export async function shot(env, page, name) {
	const full = [env.scenario, page.prefix, name].filter(Boolean).join('-');
	const file = path.join(env.shots, `${full}.png`.replace(/[^A-Za-z0-9._-]+/g, '-'));
	await page.screenshot({ path: file, fullPage: true }).catch((e) => env.notes.push(`no screenshot ${file}: ${e.message}`));
}

// After arriving on a page: its screenshot and, on a narrow screen, the
// check that nothing is wider than the screen.
export async function arrived(env, page, name) {
	await shot(env, page, name);
	if (page.narrow) await noOverflow(page);
}

export async function noOverflow(page) {
	const r = await page.evaluate((limit) => {
		const width = document.documentElement.scrollWidth;
		if (width <= limit) return null;
		const wide = [];
		for (const el of document.body.querySelectorAll('*')) {
			const box = el.getBoundingClientRect();
			if (box.right <= limit + 0.5 || box.width === 0) continue;
			if ([...el.children].some((c) => c.getBoundingClientRect().right > limit + 0.5)) continue;
			const cls = el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
			wide.push(`${el.tagName.toLowerCase()}${cls} (right edge ${Math.round(box.right)} px: ${JSON.stringify((el.textContent || '').trim().slice(0, 40))})`);
			if (wide.length === 5) break;
		}
		return { width, wide };
	}, NARROW.width);
	if (r) failure(`nothing wider than ${NARROW.width} px ${await where(page)}`,
		`document.documentElement.scrollWidth = ${r.width}; widest: ${r.wide.join('; ') || 'no single element'}`);
}

export async function visit(env, page, url, name, status = 200) {
	const response = await page.goto(env.world.base + url);
	const got = response ? response.status() : 'no response';
	await expect(got === status, `GET ${url} to answer ${status}`, async () => `${got} ${await where(page)}`);
	await arrived(env, page, name);
	return response;
}

// One control, found by locator: it must exist once and be visible (and
// inside the screen's width on a narrow screen). A radio or checkbox that
// is drawn by its label counts as visible when its label is.
export async function control(page, loc, what, scope = page) {
	// One look at the element (a round trip to the browser costs).
	const look = () => loc.evaluateAll((els) => els.map((e) => {
		const shown = (x) => {
			const r = x.getBoundingClientRect();
			return r.width > 0 && r.height > 0 && x.checkVisibility({ visibilityProperty: true });
		};
		// A radio or checkbox drawn by its label: the label is what shows.
		const label = e.labels && e.labels.length ? e.labels[0] : null;
		const drawn = shown(e) ? e : label && shown(label) ? label : null;
		const r = drawn ? drawn.getBoundingClientRect() : null;
		return {
			visible: !!drawn, byLabel: drawn !== null && drawn !== e,
			folded: !!e.closest('details:not([open])'),
			left: r ? r.left + window.scrollX : 0, right: r ? r.right + window.scrollX : 0,
		};
	}));
	let seen = await look();
	if (seen.length !== 1)
		failure(`one ${what} ${await where(page)}`, seen.length === 0 ? `none; the page has ${await inventory(scope)}` : `${seen.length} of them`);
	if (!seen[0].visible && seen[0].folded) {
		// Folded away in a <details>: open it, as a person would.
		await loc.locator('xpath=ancestor::details[not(@open)][last()]/summary').click();
		seen = await look();
	}
	const [it] = seen;
	if (!it.visible) failure(`${what} to be visible ${await where(page)}`, 'it is hidden');
	// In the document's coordinates: scrolling sideways does not count.
	if (page.narrow)
		await expect(it.left >= -0.5 && it.right <= NARROW.width + 0.5, `${what} inside the ${NARROW.width} px screen ${await where(page)}`,
			`it spans x = ${Math.round(it.left)} to ${Math.round(it.right)}`);
	if (!it.byLabel) return loc;
	const id = await loc.getAttribute('id');
	return id ? page.locator(`label[for="${id}"]`).first() : loc.locator('xpath=ancestor::label[1]');
}

export const field = (page, scope, label) => control(page, scope.getByLabel(label, { exact: true }), `control labelled "${label}"`, scope);
export const button = (page, scope, name) => control(page, scope.getByRole('button', { name, exact: true }), `button "${name}"`, scope);
export const link = (page, scope, name) => control(page, scope.getByRole('link', { name, exact: true }), `link "${name}"`, scope);
// A fieldset by its legend.
export async function group(page, legend) {
	const loc = page.getByRole('group', { name: legend, exact: true });
	await control(page, loc, `fieldset with legend "${legend}"`);
	return loc;
}
// A control labelled `label` that is in no fieldset (the objective's own
// "Title", beside the key results' ones).
export function outsideFieldsets(page, label) {
	const loose = page.locator('input:not(fieldset *), select:not(fieldset *), textarea:not(fieldset *)');
	return control(page, page.getByLabel(label, { exact: true }).and(loose), `control labelled "${label}" outside the fieldsets`);
}

// Chooses the option of a select whose label or value matches `want`.
export async function choose(page, select, want, what) {
	const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent.trim() })));
	const match = typeof want === 'function' ? options.find(want) : options.find((o) => want.test(o.label) || want.test(o.value));
	if (!match) failure(`an option matching ${want} in ${what} ${await where(page)}`,
		`options ${JSON.stringify(options.map((o) => o.label))}`);
	await select.selectOption(match.value);
	return match;
}

export async function h1(page) {
	const all = await page.locator('h1').allTextContents();
	await expect(all.length === 1, `exactly one h1 ${await where(page)}`, `${all.length}`);
	return all[0].trim().replace(/\s+/g, ' ');
}

// Sends a form with its button, and waits until the answer is in: either
// a new page (no script, or a form the script leaves alone) or, with
// grip.js, the answer's <main> swapped in for the form's (the form is
// then no longer in the document).
export async function submit(page, buttonLoc) {
	const form = await buttonLoc.evaluateHandle((b) => b.form);
	await buttonLoc.click();
	for (const deadline = Date.now() + 8000; Date.now() < deadline; await page.waitForTimeout(25)) {
		let connected;
		try {
			connected = await form.evaluate((f) => f !== null && f.isConnected);
		} catch {
			break; // that document is gone: a new page came
		}
		if (!connected) break;
	}
	await form.dispose().catch(() => {});
	await page.waitForLoadState('load');
}

// After a form is sent: the page must be at a path matching `want`.
export async function landed(page, want, what) {
	await page.waitForURL((u) => want.test(u.pathname), { timeout: 3000 }).catch(() => {});
	await page.waitForLoadState('load');
	const p = new URL(page.url()).pathname;
	await expect(want.test(p), `${what}: to land on a path matching ${want}`, async () => `the browser is ${await where(page)}`);
	return p;
}

// ---- the flows ----

// Signs in from the sign-in page (or from `from`, which must send a
// signed-out browser there). week: also check that / is "My week".
export async function signIn(env, page, email, { from = '/signin', week = false } = {}) {
	await visit(env, page, from, 'signin');
	if (from !== '/signin') await landed(page, /^\/signin$/, `GET ${from} signed out`);
	await (await field(page, page, 'Email')).fill(email);
	await (await field(page, page, 'Password')).fill(env.world.password);
	await submit(page, await button(page, page, 'Sign in'));
	await landed(page, /^\/$/, `signing in as ${email}`);
	await arrived(env, page, 'my-week');
	if (week) {
		const title = await h1(page);
		await expect(title.startsWith('My week'), `the h1 of / to start with "My week"`, `"${title}"`);
	}
}

// Makes an objective on /objectives/new; returns its id.
export async function createObjective(env, page, o) {
	await visit(env, page, '/objectives/new', 'objective-new');
	await (await outsideFieldsets(page, 'Title')).fill(o.title);
	await (await outsideFieldsets(page, 'Why it matters')).fill(o.why);
	await choose(page, await field(page, page, 'Cycle'), /2026 Q4/, 'Cycle');
	await choose(page, await field(page, page, 'Layer'), /^team$/i, 'Layer');
	await choose(page, await field(page, page, 'Unit'), /^Mobile$/, 'Unit');
	for (const [i, kr] of o.krs.entries()) {
		const set = await group(page, `Key result ${i + 1}`);
		await (await field(page, set, 'Title')).fill(kr.title);
		await (await field(page, set, 'Baseline')).fill(String(kr.baseline));
		await (await field(page, set, 'Target')).fill(String(kr.target));
		await (await field(page, set, 'Unit of measure')).fill(kr.unit);
	}
	await shot(env, page, 'objective-new-filled');
	await submit(page, await button(page, page, 'Create objective'));
	const p = await landed(page, /^\/objectives\/\d+$/, 'creating an objective');
	await arrived(env, page, 'objective-created');
	const title = await h1(page);
	await expect(title === o.title, `the new objective's h1 to be "${o.title}"`, `"${title}"`);
	const main = page.locator('main');
	for (const kr of o.krs) {
		const n = await main.getByText(kr.title, { exact: false }).count();
		await expect(n > 0, `the key result "${kr.title}" listed on the objective's page`, async () => `it is not there; ${await where(page)}`);
	}
	const items = await page.locator('main ul.krs > li').count();
	await expect(items === 0 || items === o.krs.length, `${o.krs.length} items in ul.krs`, `${items}`);
	return Number(p.split('/').pop());
}

// What the objective's page shows that a check-in changes.
async function figures(page) {
	return page.evaluate(() => {
		const main = document.querySelector('main');
		const texts = (sel) => [...main.querySelectorAll(sel)].map((e) => e.textContent.trim().replace(/\s+/g, ' '));
		const charts = [...main.querySelectorAll('svg.chart')].map((svg) => {
			const line = svg.querySelector('.line');
			return {
				pts: svg.querySelectorAll('.pt').length,
				line: line ? line.getAttribute('d') || line.getAttribute('points') || '' : '',
				label: svg.getAttribute('aria-label') || (svg.querySelector('title')?.textContent ?? ''),
			};
		});
		return { pcts: texts('.pct'), lights: texts('.light'), charts };
	});
}

// Checks in on an objective (made with three KRs from 0 to 100 and no
// check-in yet) from its page: confidence 8, values 10, 40 and 100, so the
// objective goes from 0 % to 50 % and from "no check-in" to "on track".
export async function checkIn(env, page, o) {
	await visit(env, page, `/objectives/${o.id}`, 'objective-before');
	const before = await figures(page);
	await expect(before.lights.includes('no check-in'), `the light "no check-in" on an objective without check-ins ${await where(page)}`,
		`lights ${JSON.stringify(before.lights)}`);
	await expect(before.pcts.length > 0 && before.pcts.every((t) => t === '0%'), `progress "0%" before the first check-in ${await where(page)}`,
		`progress texts ${JSON.stringify(before.pcts)}`);
	await (await link(page, page.locator('main'), 'Check in')).click();
	await landed(page, new RegExp(`^/objectives/${o.id}/checkin$`), 'following "Check in"');
	await arrived(env, page, 'checkin-form');
	const confidence = await group(page, 'Confidence');
	for (let i = 1; i <= 10; i++) {
		const n = await confidence.getByRole('radio', { name: String(i), exact: true }).count();
		await expect(n === 1, `a radio labelled "${i}" under "Confidence"`, `${n}`);
	}
	await (await control(page, confidence.getByRole('radio', { name: '8', exact: true }), 'radio "8" under "Confidence"')).click();
	const values = [10, 40, 100];
	for (const [i, kr] of o.krs.entries()) {
		const set = await group(page, kr.title);
		await (await field(page, set, 'New value')).fill(String(values[i]));
		await (await field(page, set, 'Note')).fill(`measured on the counter, week ${i + 1}`);
	}
	await (await field(page, page, 'Issues')).fill('Two shops could not find the calendar on small phones.');
	await (await field(page, page, 'Plan forward')).fill('Move the calendar to the first screen and ask the two shops again.');
	await shot(env, page, 'checkin-filled');
	await submit(page, await button(page, page, 'Save check-in'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'saving the check-in');
	await arrived(env, page, 'objective-after');
	const after = await figures(page);
	const want = ['50%', '10%', '40%', '100%'];
	await expect(want.every((p) => after.pcts.includes(p)), `progress ${want.join(', ')} (the objective, then each KR) after the check-in`,
		`progress texts ${JSON.stringify(after.pcts)} (before: ${JSON.stringify(before.pcts)})`);
	await expect(after.lights.includes('on track') && !after.lights.includes('no check-in'),
		'the light "on track" (confidence 8) and no "no check-in" after the check-in',
		`lights ${JSON.stringify(after.lights)} (before: ${JSON.stringify(before.lights)})`);
	await expect(after.charts.length >= o.krs.length, `a chart (svg.chart) per key result after the check-in`,
		`${after.charts.length} charts`);
	const sum = (cs) => cs.reduce((n, c) => n + c.pts, 0);
	const moved = sum(after.charts) > sum(before.charts) ||
		JSON.stringify(after.charts.map((c) => c.line)) !== JSON.stringify(before.charts.map((c) => c.line));
	await expect(moved, 'the charts to gain points or change their line after the check-in',
		`before ${JSON.stringify(before.charts)}, after ${JSON.stringify(after.charts)}`);
}

// Writes this week's commitment on My week, linked to the objective
// titled `link` when the list offers it (else the first one offered), then
// closes it as done.
export async function commitWeek(env, page, text, reflection, link = null) {
	await visit(env, page, '/', 'my-week-before-commitment');
	await (await field(page, page, 'Commitment')).fill(text);
	const linked = await field(page, page, 'Linked to');
	const offered = await linked.locator('option').evaluateAll((os) => os.map((o) => o.textContent.trim()));
	const chosen = await choose(page, linked,
		link && offered.some((t) => t.includes(link)) ? (o) => o.label.includes(link) : (o) => o.value !== '', 'Linked to');
	await submit(page, await button(page, page, 'Commit'));
	await landed(page, /^\/$/, 'committing');
	await arrived(env, page, 'my-week-committed');
	const section = await sectionText(page, /^This week.s commitments?$/);
	await expect(section !== null, `a heading "This week's commitment" ${await where(page)}`,
		async () => `headings ${JSON.stringify(await page.locator('main :is(h2,h3)').allTextContents())}`);
	await expect(section.includes(text), `the commitment "${text}" under "This week's commitment"`, `that section reads ${JSON.stringify(section.slice(0, 400))}`);
	if (!section.includes(chosen.label.slice(0, 30)))
		env.notes.push(`the commitment does not show what it is linked to ("${chosen.label}")`);
	// Its close form: the innermost block holding the text and the button.
	// (Role locators skip what is hidden, as a form folded in a <details>.)
	const blocks = page.locator('main :is(li, article, section, tr, div, form)')
		.filter({ hasText: text }).filter({ has: page.locator('button', { hasText: /^\s*Close commitment\s*$/ }) });
	await expect(await blocks.count() > 0, `a "Close commitment" button beside the commitment ${await where(page)}`,
		async () => `none; the page has ${await inventory(page.locator('main'))}`);
	const block = blocks.last();
	await choose(page, await field(page, block, 'How did it go?'), /^Done$/, 'How did it go?');
	await (await field(page, block, 'Reflection')).fill(reflection);
	await submit(page, await control(page, block.locator('button', { hasText: /^\s*Close commitment\s*$/ }), 'button "Close commitment"'));
	await landed(page, /^\/$/, 'closing the commitment');
	await arrived(env, page, 'my-week-closed');
	const holder = page.locator('main :is(li, article, section, tr, div)').filter({ hasText: text }).last();
	await expect(await holder.count() > 0, `the closed commitment "${text}" still shown ${await where(page)}`, 'it is gone');
	const shown = (await holder.innerText()).replace(/\s+/g, ' ');
	await expect(/\bdone\b/i.test(shown), `the closed commitment marked "done"`, `it reads ${JSON.stringify(shown.slice(0, 300))}`);
	await expect(shown.includes(reflection), 'the reflection shown with the closed commitment', `it reads ${JSON.stringify(shown.slice(0, 300))}`);
	const stillOpen = await holder.getByRole('button', { name: 'Close commitment', exact: true }).count();
	await expect(stillOpen === 0, 'no "Close commitment" button for a closed commitment', `${stillOpen}`);
}

// The text of the part of <main> a heading opens: its section (or card)
// when the heading leads one, else the heading and its siblings up to the
// next heading of the same or a higher level. null: no such heading.
export async function sectionText(page, heading) {
	return page.evaluate(({ source, flags }) => {
		const re = new RegExp(source, flags);
		const hs = [...document.querySelectorAll('main h2, main h3, main h4')];
		const h = hs.find((e) => re.test(e.textContent.trim().replace(/\s+/g, ' ').replace(/\u2019/g, "'")));
		if (!h) return null;
		const box = h.closest('section, article, .card');
		if (box && box !== document.querySelector('main') && box.querySelector('h2, h3, h4') === h)
			return box.textContent.replace(/\s+/g, ' ');
		const level = Number(h.tagName[1]);
		let text = h.textContent;
		for (let e = h.nextElementSibling; e; e = e.nextElementSibling) {
			if (/^H[1-6]$/.test(e.tagName) && Number(e.tagName[1]) <= level) break;
			text += ' ' + e.textContent;
		}
		return text.replace(/\s+/g, ' ');
	}, { source: heading.source, flags: heading.flags });
}

// The rows of SQL run on the world's database behind grip's back, on
// either back end (tests/sql: the file on SQLite, the schema it names on
// PostgreSQL): one row a line, columns joined by "|", NULL as nothing.
const SQL_TOOL = fileURLToPath(new URL('../sql', import.meta.url));
export function sql(world, statement) {
	return execFileSync(SQL_TOOL, [world.db, statement], { encoding: 'utf8' });
}
