// scenarios.mjs — the browser scenarios, in the order they run. Each gets
// `env` (the world made by run.mjs, the browser, notes for review) and
// throws when something is not as expected. They share one server and
// database, so each writes only what no other one reads: its own
// objective, its own person's week.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import {
	arrived, button, checkIn, commitWeek, createObjective, expect, failure, field, h1, landed, newPage, shot, signIn, submit,
	visit, where,
} from './steps.mjs';

// The scenarios of each area of the pages live in their own file, which
// exports `scenarios` (run after these) and `pages` (for the accessibility
// scan: [name, url or function of the world returning one]).
import * as objective_edit from './scenarios_objective_edit.mjs';
import * as approvals from './scenarios_approvals.mjs';
import * as settings from './scenarios_settings.mjs';
import * as week_edit from './scenarios_week_edit.mjs';
import * as rules from './scenarios_rules.mjs';
import * as key_results from './scenarios_key_results.mjs';
import * as reviews from './scenarios_reviews.mjs';
import * as carry from './scenarios_carry.mjs';
import * as scoring from './scenarios_scoring.mjs';
import * as calibration from './scenarios_calibration.mjs';
import * as notify from './scenarios_notify.mjs';
import * as deliver from './scenarios_deliver.mjs';
import * as accounts from './scenarios_accounts.mjs';
import * as clock from './scenarios_clock.mjs';
import * as calendar from './scenarios_calendar.mjs';
import * as hints from './scenarios_hints.mjs';
const areas = [objective_edit, approvals, settings, week_edit, rules, key_results, reviews, carry, scoring, calibration, notify, deliver, accounts, clock, calendar, hints];

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// An objective as the form makes it: three key results from 0 to 100, the
// shape checkIn expects.
function newObjective(title) {
	return {
		title,
		why: 'Shops lose customers who cannot book when the shop is busy.',
		krs: [
			{ title: `Bookings started on a phone are finished (${title.slice(0, 12)})`, baseline: 0, target: 100, unit: '%' },
			{ title: `Shops that answer within an hour (${title.slice(0, 12)})`, baseline: 0, target: 100, unit: '%' },
			{ title: `Repair slots offered online (${title.slice(0, 12)})`, baseline: 0, target: 100, unit: '%' },
		],
	};
}

async function signinScenario(env) {
	const page = await newPage(env);
	await signIn(env, page, env.world.people.admin, { from: '/', week: true });
}

async function objectiveScenario(env) {
	const page = await newPage(env);
	await signIn(env, page, env.world.people.admin);
	await createObjective(env, page, newObjective('Repairs are booked in under a minute'));
}

async function checkinScenario(env) {
	const page = await newPage(env);
	await signIn(env, page, env.world.people.admin);
	await checkIn(env, page, env.world.forCheckin);
}

async function commitmentScenario(env) {
	const page = await newPage(env);
	await signIn(env, page, env.world.people.admin);
	await commitWeek(env, page, 'Call three shops that stopped booking and ask why',
		'Called all three; two had missed the reminder emails.');
}

async function privacyScenario(env) {
	const { world } = env;
	const page = await newPage(env);
	await signIn(env, page, world.people.memberA);
	await visit(env, page, `/groups/${world.circle.id}`, 'group');
	const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
	await expect(text.includes(world.outcomeA.title), `${world.people.memberA} to see their own outcome "${world.outcomeA.title}" on the group's page ${await where(page)}`,
		`main reads ${JSON.stringify(text.slice(0, 600))}`);
	const html = await page.content();
	await expect(!html.includes(world.outcomeB.title), `the group's page NOT to hold ${world.people.memberB}'s private outcome "${world.outcomeB.title}"`,
		'it is in the page');
	await visit(env, page, `/objectives/${world.outcomeA.id}`, 'own-outcome');
	const title = await h1(page);
	await expect(title === world.outcomeA.title, `the h1 of their own outcome to be "${world.outcomeA.title}"`, `"${title}"`);
	await visit(env, page, `/objectives/${world.outcomeB.id}`, 'other-outcome', 404);
	await expect(!(await page.content()).includes(world.outcomeB.title), `the 404 page NOT to hold the other member's outcome`, 'it is there');
}

async function narrowScenario(env) {
	const { world } = env;
	const page = await newPage(env, { narrow: true });
	await signIn(env, page, world.people.admin2, { from: '/', week: true });
	const o = newObjective('Small shops book from their phones');
	o.id = await createObjective(env, page, o);
	await checkIn(env, page, o);
	await commitWeek(env, page, 'Watch two shop owners book a repair on their phones',
		'Watched both; the date picker was the slow part.', o.title);
}

async function noScriptScenario(env) {
	const page = await newPage(env, { script: false });
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	await signIn(env, page, env.world.people.admin);
	const o = env.world.forNoScript;
	await checkIn(env, page, o);
	// The form went as a page load, not sent by a script.
	const want = `/objectives/${o.id}/checkin as document`;
	await expect(posts.includes(want), `the check-in posted by the browser itself (${want})`, `posts ${JSON.stringify(posts)}`);
}

// axe-core on every page, in light and dark: no serious or critical
// violation; every violation found is printed as a note.
async function accessibilityScenario(env) {
	const { world } = env;
	const pages = [
		['my-week', '/'], ['units', '/units'], ['unit', `/units/${world.mobile.id}`], ['tree', '/tree'],
		['objective', `/objectives/${world.busy.id}`], ['checkin', `/objectives/${world.busy.id}/checkin`],
		['objective-new', '/objectives/new'], ['groups', '/groups'], ['group', `/groups/${world.circle.id}`],
		['admin', '/admin'],
	];
	for (const area of areas)
		for (const [name, url] of area.pages) pages.push([name, typeof url === 'function' ? url(world) : url]);
	const problems = [];
	for (const scheme of ['light', 'dark']) {
		const page = await newPage(env, { scheme });
		page.prefix = scheme;
		const audit = async (name, url) => {
			const tag = `${scheme} ${url}`;
			try {
				await visit(env, page, url, name);
				const violations = await axe(page);
				for (const v of violations) {
					const nodes = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
					env.notes.push(`${tag}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}: ${nodes})`);
					if (v.impact === 'serious' || v.impact === 'critical')
						problems.push(`${tag}: [${v.impact}] ${v.id} on ${v.nodes.length} element(s), e.g. ${nodes}`);
				}
			} catch (e) {
				problems.push(`${tag}: ${e.message.replace(/\n/g, '; ')}`);
			}
		};
		await audit('signin', '/signin');
		await signIn(env, page, world.people.admin);
		for (const [name, url] of pages) await audit(name, url);
	}
	if (problems.length) failure('no serious or critical accessibility violations', `${problems.length}:\n${problems.join('\n')}`);
}

// The pages forbid injected scripts (script-src 'self'); evaluating axe's
// source through the debugging protocol is not subject to that.
async function axe(page) {
	const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
	if (!loaded) await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const r = await window.axe.run(document, { resultTypes: ['violations'] });
		return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
	});
}

// What has the keyboard focus, in words.
async function focused(page) {
	return page.evaluate(() => {
		const e = document.activeElement;
		if (!e || e === document.body) return { what: 'nothing (the body)' };
		const label = e.labels && e.labels[0] ? e.labels[0].textContent.trim() : null;
		const text = (e.textContent || '').trim().replace(/\s+/g, ' ');
		const what = e.tagName === 'INPUT' ? `input labelled "${label}"` : `${e.tagName.toLowerCase()} "${text.slice(0, 40)}"`;
		return { what, tag: e.tagName, label, text, href: e.getAttribute('href') };
	});
}

async function keyboardScenario(env) {
	const { world } = env;
	const page = await newPage(env);
	await visit(env, page, '/signin', 'signin');
	await page.keyboard.press('Tab');
	let f = await focused(page);
	await expect(f.tag === 'A' && f.text === 'Skip to content', 'the first Tab to reach the link "Skip to content"', f.what);
	const skip = page.getByRole('link', { name: 'Skip to content', exact: true });
	const box = await skip.boundingBox();
	await expect(box && box.width > 1 && box.height > 1 && box.y >= 0 && box.x >= 0, 'the skip link to show while it has the focus',
		box ? `its box is ${JSON.stringify(box)}` : 'it has no box');
	await shot(env, page, 'skip-link-focused');
	const target = f.href && f.href.startsWith('#') ? await page.locator(f.href).count() : 0;
	await expect(target === 1, `the skip link to point at an element of the page`, `href ${JSON.stringify(f.href)} (${target} elements)`);
	const steps = [
		['input labelled "Email"', (x) => x.tag === 'INPUT' && x.label === 'Email', () => page.keyboard.type(world.people.admin)],
		['input labelled "Password"', (x) => x.tag === 'INPUT' && x.label === 'Password', () => page.keyboard.type(world.password)],
		['button "Sign in"', (x) => x.tag === 'BUTTON' && x.text === 'Sign in', () => page.locator(':focus').press('Enter')],
	];
	for (const [what, is, act] of steps) {
		await page.keyboard.press('Tab');
		f = await focused(page);
		await expect(is(f), `the next Tab to reach the ${what}`, f.what);
		await act();
	}
	await landed(page, /^\/$/, 'signing in with Tab and Enter');
	await arrived(env, page, 'my-week');
	const out = await page.getByRole('button', { name: 'Sign out', exact: true }).count();
	await expect(out === 1, `to be signed in: a "Sign out" button ${await where(page)}`, `${out}`);
	await page.keyboard.press('Tab');
	f = await focused(page);
	await expect(f.tag === 'A' && f.text === 'Skip to content', 'the first Tab on My week to reach "Skip to content"', f.what);
	await page.locator(':focus').press('Enter');
	await expect(new URL(page.url()).hash === f.href, `Enter on the skip link to go to ${f.href}`, page.url());
}

// Wrong passwords one after another, as someone would who forgot theirs or
// guesses another's: the first five say the pair is not right (401); the
// sixth is held back (429) and the form says in words how long to wait, as
// long as Retry-After says; once the wait is over the right password signs
// in. The person is one no other scenario signs in as.
async function throttleScenario(env) {
	const { world } = env;
	const page = await newPage(env);
	const email = world.people.guesser;
	const alert = async () => (await page.locator('[role="alert"]').allInnerTexts()).join(' ').trim();
	const attempt = async (password) => {
		await (await field(page, page, 'Email')).fill(email);
		await (await field(page, page, 'Password')).fill(password);
		const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/signin');
		await submit(page, await button(page, page, 'Sign in'));
		return answer;
	};
	await visit(env, page, '/signin', 'signin');
	for (let i = 1; i <= 5; i++) {
		const r = await attempt(`not-the-password-${i}`);
		const said = await alert();
		await expect(r.status() === 401 && said.includes('the email or the password is not right'),
			`wrong password ${i}: 401 and "the email or the password is not right" ${await where(page)}`,
			`${r.status()}, the alert says ${JSON.stringify(said)}`);
	}
	const held = await attempt(world.password);
	const said = await alert();
	const wait = Number(held.headers()['retry-after']);
	await arrived(env, page, 'wait');
	await expect(held.status() === 429 && wait >= 1 && wait <= 2,
		'the sixth attempt, right password or not, to be held back: 429 with Retry-After 1 or 2',
		`${held.status()}, Retry-After ${held.headers()['retry-after']}`);
	const words = `wait ${wait} second${wait === 1 ? '' : 's'}, then try again`;
	await expect(said.includes(words), `the form to say "${words}" ${await where(page)}`, `the alert says ${JSON.stringify(said)}`);
	await page.waitForTimeout(wait * 1000 + 200);
	await attempt(world.password);
	await landed(page, /^\/$/, `signing in as ${email} once the wait is over`);
	await arrived(env, page, 'my-week');
}

export const scenarios = [
	{ name: 'signin', title: 'the demo admin signs in and lands on My week', run: signinScenario },
	{ name: 'objective', title: 'an objective with three key results is made from the form', run: objectiveScenario },
	{ name: 'checkin', title: 'a check-in changes progress, light and charts', run: checkinScenario },
	{ name: 'commitment', title: "this week's commitment is written and closed", run: commitmentScenario },
	{ name: 'privacy', title: "a member does not see another member's private outcome", run: privacyScenario },
	{ name: 'narrow', title: 'the same flow at 375 px: no sideways scrolling, every control visible', run: narrowScenario, limit: 50000 },
	{ name: 'noscript', title: 'the check-in works with JavaScript off', run: noScriptScenario },
	{ name: 'a11y', title: 'axe finds nothing serious on any page, light or dark', run: accessibilityScenario, limit: 90000 },
	{ name: 'keyboard', title: 'signing in by keyboard alone; "Skip to content" comes first', run: keyboardScenario },
	{ name: 'throttle', title: 'too many wrong passwords: the form says how long to wait, then signs in', run: throttleScenario },
	...areas.flatMap((area) => area.scenarios),
];
