// scenarios_hints.mjs — browser scenarios of the coach's hints where people
// write: live beside the field as it is typed (through POST /coach/check),
// and beside what was saved on the page a save lands on. A hint is advice:
// the save goes through. See scenarios.mjs for how they are gathered.
//
// Each scenario makes its own objective, person or group with the CLI, so
// that no other scenario reads what these change.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

import { button, choose, expect, field, landed, newPage, noOverflow, shot, signIn, submit, visit, where } from './steps.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// A Mobile team objective of its own, active, made with the CLI.
const objective = (env, title) => env.cliJson(['objective', 'add', title, '--cycle', '2026 Q4', '--layer', 'team',
	'--unit', 'Mobile', '--status', 'active']);

// A person of its own in Payments, who signs in with the world's password.
function person(env, tag) {
	const email = `hints-${tag}@quillmoor.example`;
	env.cli(['person', 'add', email, '--name', `Hal ${tag}`]);
	env.cli(['member', 'add', 'Payments', email]);
	env.cli(['person', 'password', email, '--password', env.world.password]);
	return email;
}

const addCard = (page) => page.locator('section', { has: page.getByRole('heading', { name: 'Add a key result', exact: true }) });

// The live region a coached control names: it must be in the control's
// aria-describedby and be aria-live polite. Waits until it reads `code`.
async function liveHints(page, input, code) {
	const info = await input.evaluate((e) => {
		const id = e.dataset.coachHints;
		const region = id ? document.getElementById(id) : null;
		return { id, described: (e.getAttribute('aria-describedby') || '').split(/\s+/), live: region && region.getAttribute('aria-live') };
	});
	await expect(info.id && info.described.includes(info.id) && info.live === 'polite',
		'the control to name its hints\' region in aria-describedby, the region aria-live="polite"', JSON.stringify(info));
	const region = page.locator(`#${info.id}`);
	await region.filter({ hasText: code }).waitFor({ timeout: 5000 }).catch(() => {});
	const text = (await region.innerText()).replace(/\s+/g, ' ').trim();
	await expect(text.includes(code), `the hint ${code} beside the field as it is typed ${await where(page)}`,
		`the region reads ${JSON.stringify(text)}`);
	const style = await region.locator('.coach-hints').evaluate((e) => ({ error: !!e.closest('[aria-invalid], .field-error, .error-summary') }));
	await expect(!style.error, 'the hint shown as advice, not as an error', JSON.stringify(style));
	return text;
}

// After a save: the hint under the text it concerns, inside `holder`.
async function savedHint(page, holder, code, what) {
	const hints = holder.locator('.coach-hints');
	const text = (await hints.allInnerTexts()).join(' ').replace(/\s+/g, ' ');
	await expect(text.includes(code), `the hint ${code} beside ${what} after saving ${await where(page)}`,
		`the hints there read ${JSON.stringify(text)}`);
}

// The key result's card on its objective's page, by its title.
const krCard = (page, title) => page.locator('main article.card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

async function axe(page) {
	if (!await page.evaluate(() => typeof window.axe !== 'undefined')) await page.evaluate(axeSource);
	return page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
}

// A yes/no key result typed as an aspiration: kr.vague beside its title as
// it is typed; the page with the hint passes axe; it still saves, and the
// objective's page shows the hint beside the new key result.
async function krLiveScenario(env) {
	const o = objective(env, 'Shops finish their set-up alone (hints)');
	const title = 'Improve the onboarding experience for shops';
	const page = await newPage(env);
	await signIn(env, page, env.world.people.admin);
	await visit(env, page, `/objectives/${o.id}`, 'objective');
	const card = addCard(page);
	await choose(page, await field(page, card, 'Kind'), /^boolean$/, 'Kind');
	const input = await field(page, card, 'Title');
	await input.fill(title);
	await liveHints(page, input, 'kr.vague');
	await shot(env, page, 'kr-live');
	const violations = await axe(page);
	await expect(!violations.length, 'axe to find nothing serious with the live hint shown', violations.join('; '));
	await submit(page, await button(page, card, 'Add key result'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'adding the key result the coach warned about');
	const stored = env.cliJson(['objective', 'show', String(o.id)]).key_results.find((k) => k.title === title);
	await expect(stored && stored.kind === 'boolean', 'the key result saved despite the hint', JSON.stringify(stored));
	await savedHint(page, krCard(page, title), 'kr.vague', `the key result "${title}"`);
	await shot(env, page, 'kr-saved');
}

// With JavaScript off: the same form posted by the browser itself; the
// page it lands on shows the hint beside the key result's title.
async function noScriptScenario(env) {
	const o = objective(env, 'Shops finish their set-up alone (hints, no script)');
	const title = 'Better onboarding for new shops';
	const page = await newPage(env, { script: false });
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	await signIn(env, page, env.world.people.admin);
	await visit(env, page, `/objectives/${o.id}`, 'objective');
	const card = addCard(page);
	await choose(page, await field(page, card, 'Kind'), /^boolean$/, 'Kind');
	await (await field(page, card, 'Title')).fill(title);
	await page.waitForTimeout(800); // longer than the script's pause: no script, no check
	await submit(page, await button(page, card, 'Add key result'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'adding the key result');
	await savedHint(page, krCard(page, title), 'kr.vague', `the key result "${title}"`);
	const want = `/objectives/${o.id}/krs as document`;
	await expect(posts.includes(want) && !posts.some((p) => p.startsWith('/coach/check')),
		`the form posted by the browser itself (${want}) and no check asked`, JSON.stringify(posts));
	await shot(env, page, 'kr-saved');
}

// A commitment that reads as an outcome, written by keyboard alone on a
// phone's screen: the hint comes while the focus stays in the field;
// Enter saves it; My week shows the hint under it; nothing scrolls sideways.
async function commitmentScenario(env) {
	const email = person(env, 'commit');
	const text = 'Feel calmer before the Friday demo';
	const page = await newPage(env, { narrow: true });
	await signIn(env, page, email);
	const input = await field(page, page.locator('form.commit-form'), 'Commitment');
	await input.focus();
	await page.keyboard.type(text, { delay: 15 });
	await liveHints(page, input, 'commitment.outcome');
	const focus = await page.evaluate(() => document.activeElement && document.activeElement.name);
	await expect(focus === 'text', 'the focus to stay in "Commitment" while the hint appears', `it is on ${focus}`);
	await noOverflow(page);
	await page.keyboard.press('Enter');
	await landed(page, /^\/$/, 'committing with Enter');
	await page.locator('main ul.commitments > li .coach-hints').first().waitFor({ timeout: 5000 }).catch(() => {});
	const stored = env.cliJson(['commit', 'list', '--email', email]);
	await expect(stored.length === 1 && stored[0].text === text, 'the commitment saved despite the hint', JSON.stringify(stored));
	await savedHint(page, page.locator('main ul.commitments > li').filter({ hasText: text }), 'commitment.outcome',
		`the commitment "${text}"`);
	await noOverflow(page);
	await shot(env, page, 'committed');
}

// A group of its own with a running programme and a member's outcome; the
// member rewrites it as a schedule: member.outcome.habit live, and beside
// the title once saved.
async function memberHabitScenario(env) {
	const email = person(env, 'member');
	env.cli(['unit', 'add', 'Hints circle', '--kind', 'group', '--lead', env.world.people.admin]);
	env.cli(['member', 'add', 'Hints circle', email]);
	env.cli(['cycle', 'add', 'Hints circle autumn', '--kind', 'programme', '--unit', 'Hints circle', '--from', '2026-11-23', '--weeks', '8']);
	const o = env.cliJson(['--as', email, 'objective', 'add', 'Sleep through the night by January', '--cycle', 'Hints circle autumn',
		'--layer', 'member', '--unit', 'Hints circle', '--owner', email]);
	const title = 'Go to the gym three times a week';
	const page = await newPage(env);
	await signIn(env, page, email);
	await visit(env, page, `/objectives/${o.id}/edit`, 'outcome-edit');
	const input = await field(page, page.locator('main form'), 'Title');
	await input.fill(title);
	await liveHints(page, input, 'member.outcome.habit');
	await shot(env, page, 'habit-live');
	await submit(page, await button(page, page.locator('main'), 'Save changes'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'saving the outcome');
	const stored = env.cliJson(['--as', email, 'objective', 'show', String(o.id)]);
	await expect(stored.title === title, 'the outcome saved despite the hint', JSON.stringify(stored.title));
	await savedHint(page, page.locator('main .page-head'), 'member.outcome.habit', 'the outcome\'s title');
	await shot(env, page, 'habit-saved');
	// The schedule moved to the why: the hint goes beside the why, not the title.
	await visit(env, page, `/objectives/${o.id}/edit`, 'outcome-edit-why');
	await (await field(page, page.locator('main form'), 'Title')).fill('Sleep through the night by January');
	const why = await field(page, page.locator('main form'), 'Why it matters');
	await why.fill('I will go to bed at ten every night');
	await liveHints(page, why, 'member.outcome.habit');
	await submit(page, await button(page, page.locator('main'), 'Save changes'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'saving the outcome again');
	const whyHints = page.locator('main dl.facts dd').filter({ hasText: 'I will go to bed at ten every night' });
	await savedHint(page, whyHints, 'member.outcome.habit', 'the outcome\'s why');
	const head = await page.locator('main .page-head .coach-hints').count();
	await expect(head === 0, 'no hint beside the title, which reads as an outcome now', `${head} there`);
}

// The check route: answers the hints to a signed-in post with the token;
// refuses one without the token (403) and a signed-out visitor (401); and
// none of the three changes anything in the database.
async function checkRouteScenario(env) {
	const url = `${env.world.base}/coach/check`;
	const form = { kind: 'commitment', text: 'Feel calmer before the Friday demo' };
	const page = await newPage(env);
	await signIn(env, page, env.world.people.admin);
	const csrf = await page.locator('input[name="csrf"]').first().inputValue();
	const before = env.cli(['dump']);
	const ok = await page.request.post(url, { form: { ...form, csrf }, maxRedirects: 0 });
	const said = await ok.text();
	await expect(ok.status() === 200 && said.includes('commitment.outcome'), 'POST /coach/check with the token: 200 and the hint',
		`${ok.status()} ${JSON.stringify(said.slice(0, 300))}`);
	// What was typed comes back as text, never as markup.
	const typed = await page.request.post(url, { form: { csrf, kind: 'key_result', kr_kind: 'boolean',
		text: 'Improve <b id="typed">onboarding</b>' }, maxRedirects: 0 });
	const echo = await typed.text();
	await expect(typed.status() === 200 && echo.includes('kr.vague') && echo.includes('&lt;b id=') && !echo.includes('<b id='),
		'the typed text escaped in the hint\'s message', `${typed.status()} ${JSON.stringify(echo.slice(0, 300))}`);
	const bad = await page.request.post(url, { form: { ...form, csrf, kind: 'vision' }, maxRedirects: 0 });
	await expect(bad.status() === 422, 'a kind of text the coach does not read: 422', `${bad.status()}`);
	const noToken = await page.request.post(url, { form, maxRedirects: 0 });
	await expect(noToken.status() === 403, 'POST /coach/check without the CSRF token: 403', `${noToken.status()}`);
	const wrong = await page.request.post(url, { form: { ...form, csrf: 'x'.repeat(csrf.length) }, maxRedirects: 0 });
	await expect(wrong.status() === 403, 'POST /coach/check with a token not the session\'s: 403', `${wrong.status()}`);
	const visitor = await newPage(env);
	const out = await visitor.request.post(url, { form: { ...form, csrf }, maxRedirects: 0 });
	await expect(out.status() === 401 && !(await out.text()).includes('commitment.outcome'),
		'POST /coach/check signed out: 401 and no hint', `${out.status()}`);
	const get = await page.request.get(url, { maxRedirects: 0 });
	await expect(get.status() === 405, 'GET /coach/check: 405 (a POST only)', `${get.status()}`);
	const after = env.cli(['dump']);
	await expect(after === before, 'the database the same before and after the checks (grip dump)',
		() => `they differ: ${after.split('\n').filter((l) => !before.includes(l)).slice(0, 3).join(' | ')}`);
}

// For the accessibility scan (as the demo's first admin): an objective
// with a vague key result, just made, whose page shows the hints.
function savedPage(world) {
	if (!world.hintsPage) {
		const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
		for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
		const grip = (args) => execFileSync(world.bin, ['--db', world.db, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		const o = JSON.parse(grip(['objective', 'add', 'Keep the repair desk running (hints scan)', '--cycle', '2026 Q4', '--layer',
			'team', '--unit', 'Mobile', '--status', 'active', '--json']));
		grip(['kr', 'add', String(o.id), 'Improve the repair desk', '--boolean']);
		world.hintsPage = `/objectives/${o.id}?saved=new`;
	}
	return world.hintsPage;
}

export const pages = [['hints-saved', savedPage]];

export const scenarios = [
	{ name: 'hints-kr-live', title: 'a vague key result typed shows kr.vague live; it still saves, the hint beside it', run: krLiveScenario },
	{ name: 'hints-noscript', title: 'with JavaScript off, the hint is beside the key result once saved', run: noScriptScenario },
	{ name: 'hints-commitment', title: 'a commitment that reads as an outcome, by keyboard at 375 px: live, then beside it on My week', run: commitmentScenario },
	{ name: 'hints-member-habit', title: 'a member outcome rewritten as a habit: live, then beside its title', run: memberHabitScenario },
	{ name: 'hints-check-route', title: 'the check route: 403 without the token, 401 signed out, and it changes nothing', run: checkRouteScenario },
];
