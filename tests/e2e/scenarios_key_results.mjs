// scenarios_key_results.mjs — browser scenarios of key results: one with
// weighted milestones added from the objective's page and a milestone
// ticked by its name on the check-in; a key result edited, refused with
// the field's error, and one deleted from a draft. Each runs with
// JavaScript on and off. See scenarios.mjs for how they are gathered.
import { execFileSync } from 'node:child_process';
import {
	button, choose, expect, field, group, landed, link, newPage, shot, signIn, submit, visit, where,
} from './steps.mjs';

// grip on the world's database, for the accessibility pages (which are
// listed before any scenario has run).
function grip(world, args) {
	const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	return JSON.parse(execFileSync(world.bin, ['--db', world.db, ...args, '--json'], { env, encoding: 'utf8' }));
}

// A Mobile objective of its own per scenario, made with the CLI.
function objective(env, title, status = 'active') {
	return env.cliJson(['objective', 'add', title, '--cycle', '2026 Q4', '--layer', 'team', '--unit', 'Mobile',
		'--status', status]);
}

// The "Add a key result" card of an objective's page.
const addCard = (page) => page.locator('section', { has: page.getByRole('heading', { name: 'Add a key result', exact: true }) });

// Adds "Launch the booking widget" with milestones Design, Build = 2, Ship
// (weights 1, 2, 1), then ticks "Build" by name on the check-in: Design and
// Build are done, 3 of 4 by weight, 75 %.
async function milestonesScenario(env, script) {
	const tag = script ? 'js' : 'no-js';
	const o = objective(env, `Shops embed the booking widget (${tag})`);
	const title = `Booking widget launched (${tag})`;
	const page = await newPage(env, { script });
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	await signIn(env, page, env.world.people.admin);
	await visit(env, page, `/objectives/${o.id}`, 'objective-krs');
	const card = addCard(page);
	await (await field(page, card, 'Title')).fill(title);
	await choose(page, await field(page, card, 'Kind'), /^milestones$/, 'Kind');
	await (await field(page, card, 'Milestones')).fill('Design\nBuild = 2\nShip');
	await shot(env, page, `kr-add-filled-${tag}`);
	await submit(page, await button(page, card, 'Add key result'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'adding the key result');
	const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
	await expect(main.includes(title) && main.includes('Build'), `the new key result "${title}" and its milestone "Build" on the objective ${await where(page)}`,
		`main reads ${JSON.stringify(main.slice(0, 500))}`);
	const stored = env.cliJson(['objective', 'show', String(o.id)]).key_results.find((k) => k.title === title);
	await expect(stored && stored.kind === 'milestones' && JSON.stringify(stored.milestones.map((m) => [m.title, m.weight])) ===
		JSON.stringify([['Design', 1], ['Build', 2], ['Ship', 1]]), 'a milestones key result Design 1, Build 2, Ship 1',
		JSON.stringify(stored));
	if (!script) {
		const want = `/objectives/${o.id}/krs as document`;
		await expect(posts.includes(want), `the form posted by the browser itself (${want})`, JSON.stringify(posts));
	}

	await (await link(page, page.locator('main'), 'Check in')).click();
	await landed(page, new RegExp(`^/objectives/${o.id}/checkin$`), 'following "Check in"');
	const confidence = await group(page, 'Confidence');
	await confidence.getByRole('radio', { name: '7', exact: true }).check();
	const set = await group(page, title);
	const done = set.getByRole('group', { name: 'Done so far', exact: true });
	const build = done.getByRole('radio', { name: /^Build\b/ });
	await expect(await build.count() === 1, `a choice "Build" under "Done so far" ${await where(page)}`, `${await build.count()}`);
	await build.check();
	await shot(env, page, `kr-tick-${tag}`);
	await submit(page, await button(page, page, 'Save check-in'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'saving the check-in');
	const after = env.cliJson(['objective', 'show', String(o.id)]).key_results.find((k) => k.title === title);
	await expect(after.current === 2 && Math.abs(after.progress - 0.75) < 1e-9 &&
		after.milestones.map((m) => m.done).join() === 'true,true,false',
		'Design and Build done, Ship not: value 2, progress 75 % (weights 1 + 2 of 4)', JSON.stringify(after));
	const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
	await expect(text.includes('75%'), `75% on the objective's page ${await where(page)}`, JSON.stringify(text.slice(0, 400)));
}

// Edits a metric key result: first a target equal to its baseline, which
// the page refuses next to "Target" while nothing changes; then a new
// title, target, weight and unit, kept with the reason. Then a yes/no key
// result added to a draft is deleted from its edit page.
async function editScenario(env, script) {
	const tag = script ? 'js' : 'no-js';
	const o = objective(env, `Repair quotes go out the same day (${tag})`);
	const kr = env.cliJson(['kr', 'add', String(o.id), `Quotes sent within a day (${tag})`, '--baseline', '20', '--target', '80', '--unit', '%']);
	const page = await newPage(env, { script });
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	await signIn(env, page, env.world.people.admin);
	await visit(env, page, `/objectives/${o.id}`, 'objective-edit-kr');
	await (await link(page, page.locator('main'), `Edit “${kr.title}”`)).click();
	await landed(page, new RegExp(`^/key_results/${kr.id}/edit$`), 'following the edit link');
	const form = page.locator('form', { has: page.getByRole('button', { name: 'Save changes', exact: true }) });
	await (await field(page, form, 'Target')).fill('20');
	await submit(page, await button(page, form, 'Save changes'));
	const error = (await page.locator('.field-error').allInnerTexts()).join(' ');
	await expect(error.includes('equals the baseline'), `the error "equals the baseline" beside Target ${await where(page)}`, JSON.stringify(error));
	await expect(env.cliJson(['kr', 'show', String(kr.id)]).target === 80, 'the refused edit to change nothing (target 80)', 'it changed');
	const newTitle = `Quotes sent the same day (${tag})`;
	await (await field(page, form, 'Title')).fill(newTitle);
	await (await field(page, form, 'Target')).fill('95');
	await (await field(page, form, 'Weight in the objective')).fill('2');
	await (await field(page, form, 'Unit of measure')).fill('% of quotes');
	await (await field(page, form, 'Reason')).fill('the shops asked for same-day quotes');
	await submit(page, await button(page, form, 'Save changes'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'saving the key result');
	const saved = env.cliJson(['kr', 'show', String(kr.id)]);
	await expect(saved.title === newTitle && saved.target === 95 && saved.weight === 2 && saved.unit === '% of quotes' && saved.baseline === 20,
		`title "${newTitle}", baseline 20, target 95, weight 2, unit "% of quotes"`, JSON.stringify(saved));
	if (!script) {
		const want = `/key_results/${kr.id}/edit as document`;
		await expect(posts.includes(want), `the form posted by the browser itself (${want})`, JSON.stringify(posts));
	}
	const history = env.cliJson(['history', '--entity', 'key_result', '--id', String(kr.id)]);
	await expect(history.some((e) => e.action === 'update' && e.reason === 'the shops asked for same-day quotes'),
		'the change in the history with its reason', JSON.stringify(history));
	// An active objective's key result stays: no delete button, the reason instead.
	await visit(env, page, `/key_results/${kr.id}/edit`, 'kr-edit-active');
	await expect(await page.getByRole('button', { name: 'Delete key result', exact: true }).count() === 0,
		`no "Delete key result" on a key result of an active objective ${await where(page)}`, 'there is one');

	const draft = objective(env, `Shops print their own quotes (${tag})`, 'draft');
	await visit(env, page, `/objectives/${draft.id}`, 'objective-draft');
	const card = addCard(page);
	const yes = `Quote printing switched on (${tag})`;
	await (await field(page, card, 'Title')).fill(yes);
	await choose(page, await field(page, card, 'Kind'), /^boolean$/, 'Kind');
	await submit(page, await button(page, card, 'Add key result'));
	await landed(page, new RegExp(`^/objectives/${draft.id}$`), 'adding a yes/no key result');
	const added = env.cliJson(['objective', 'show', String(draft.id)]).key_results.find((k) => k.title === yes);
	await expect(added && added.kind === 'boolean', `a yes/no key result "${yes}"`, JSON.stringify(added));
	await (await link(page, page.locator('main'), `Edit “${yes}”`)).click();
	await landed(page, new RegExp(`^/key_results/${added.id}/edit$`), 'following the edit link of the draft');
	await submit(page, await button(page, page, 'Delete key result'));
	await landed(page, new RegExp(`^/objectives/${draft.id}$`), 'deleting the key result');
	const left = env.cliJson(['objective', 'show', String(draft.id)]).key_results;
	await expect(left.length === 0, 'the draft to have no key result left', JSON.stringify(left));
}

// The edit page of a demo key result and the check-in of an objective with
// a milestones key result, for the accessibility pass.
let scanned = null;
function milestonesCheckin(world) {
	if (!scanned) {
		const o = grip(world, ['objective', 'add', 'Shops see their week at a glance (scan)', '--cycle', '2026 Q4', '--layer', 'team',
			'--unit', 'Mobile', '--status', 'active']);
		grip(world, ['kr', 'add', String(o.id), 'Week view shipped (scan)', '--milestone', 'Sketch', '--milestone', 'Pilot=3', '--milestone', 'Release']);
		scanned = o.id;
	}
	return `/objectives/${scanned}/checkin`;
}

export const pages = [
	['kr-edit', (world) => `/key_results/${world.busy.key_results[0].id}/edit`],
	['kr-milestones-checkin', milestonesCheckin],
];

export const scenarios = [
	{ name: 'kr-milestones', title: 'a key result with weighted milestones is added, and a milestone ticked by name', run: (env) => milestonesScenario(env, true) },
	{ name: 'kr-milestones-noscript', title: 'the same with JavaScript off', run: (env) => milestonesScenario(env, false) },
	{ name: 'kr-edit', title: 'a key result is edited (a refusal first), and one of a draft deleted', run: (env) => editScenario(env, true) },
	{ name: 'kr-edit-noscript', title: 'the same with JavaScript off', run: (env) => editScenario(env, false) },
];
