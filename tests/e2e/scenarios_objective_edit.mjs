// scenarios_objective_edit.mjs — browser scenarios of one area of the pages; see
// scenarios.mjs for how they are gathered and run. Changing an objective
// from its page: the edit form, status moves (a drop with its reason, a
// refused one without), deleting a draft, alignments added and removed, an
// initiative added, moved, edited and deleted; each with JavaScript on and
// off. Each prepares its own objectives with the CLI.
import { execFileSync } from 'node:child_process';
import {
	arrived, button, choose, expect, field, h1, landed, link, newPage, sectionText, signIn, submit, visit, where,
} from './steps.mjs';

// grip on the world's database, for the accessibility pages (made before
// any scenario runs, so they cannot use env.cli).
function grip(world, args) {
	const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	return JSON.parse(execFileSync(world.bin, ['--db', world.db, ...args, '--json'], { env, encoding: 'utf8' }));
}

// One objective with an initiative and a dependency, for the accessibility
// scan of the edit pages; made once per world.
function a11yWorld(world) {
	if (!world.objectiveEdit) {
		const o = grip(world, ['objective', 'add', 'Repairs are quoted before the visit', '--cycle', '2026 Q4',
			'--layer', 'team', '--unit', 'Mobile', '--status', 'active']);
		const i = grip(world, ['initiative', 'add', String(o.id), 'Publish a price list per repair']);
		const d = grip(world, ['dependency', 'add', String(o.id), '--on-objective', String(world.busy.id),
			'--note', 'the booking API answers in under a second']);
		world.objectiveEdit = { id: o.id, initiative: i.id, dependency: d.id };
	}
	return world.objectiveEdit;
}

export const pages = [
	['objective-edit', (world) => `/objectives/${a11yWorld(world).id}/edit`],
	['objective-controls', (world) => `/objectives/${a11yWorld(world).id}`],
	['initiative-edit', (world) => `/initiatives/${a11yWorld(world).initiative}/edit`],
	['dependency-edit', (world) => `/dependencies/${a11yWorld(world).dependency}/edit`],
];

const tag = (script) => (script ? '' : ' (no script)');

// A team objective of Mobile in 2026 Q4, made by the admin.
function prepare(env, title, status = 'active') {
	return env.cliJson(['objective', 'add', title, '--cycle', '2026 Q4', '--layer', 'team', '--unit', 'Mobile',
		'--status', status]);
}

async function adminPage(env, script, narrow = false) {
	const page = await newPage(env, { script, narrow });
	await signIn(env, page, env.world.people.admin);
	return page;
}

async function editScenario(env, script) {
	const o = prepare(env, `Quotes reach shops within a day${tag(script)}`);
	const page = await adminPage(env, script);
	await visit(env, page, `/objectives/${o.id}`, 'objective');
	await (await link(page, page.locator('main'), 'Edit')).click();
	await landed(page, new RegExp(`^/objectives/${o.id}/edit$`), 'following "Edit"');
	await arrived(env, page, 'objective-edit');
	const title = `Every shop gets its quote within a day${tag(script)}`;
	await (await field(page, page, 'Title')).fill(title);
	await (await field(page, page, 'Why it matters')).fill('A quote that waits loses the repair.');
	const owner = await choose(page, await field(page, page, 'Owner'), (opt) => opt.value.includes('@'), 'Owner');
	await choose(page, await field(page, page, 'Who sees it'), /^private$/, 'Who sees it');
	await (await field(page, page, 'Reason for the change')).fill('Sharper after the planning review');
	await submit(page, await button(page, page, 'Save changes'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'saving the edit');
	await arrived(env, page, 'objective-edited');
	const h = await h1(page);
	await expect(h === title, `the h1 to be the new title "${title}"`, `"${h}"`);
	const stored = env.cliJson(['objective', 'show', String(o.id)]);
	await expect(stored.why === 'A quote that waits loses the repair.' && stored.owner === owner.value &&
		stored.visibility === 'private', `why, owner ${owner.value} and visibility private stored`,
	JSON.stringify({ why: stored.why, owner: stored.owner, visibility: stored.visibility }));
}

async function statusScenario(env, script) {
	const o = prepare(env, `Shops stop double-booking${tag(script)}`);
	const page = await adminPage(env, script);
	await visit(env, page, `/objectives/${o.id}`, 'objective');
	// Dropping without a reason is refused, with the reason's field marked.
	await page.locator('main summary', { hasText: /^Drop…$/ }).click();
	await submit(page, await button(page, page, 'Drop'));
	await arrived(env, page, 'objective-drop-refused');
	const alert = (await page.locator('main .field-error').allTextContents()).join(' ');
	await expect(/reason|required/i.test(alert), `an error beside "Why drop it" ${await where(page)}`, `field errors: ${JSON.stringify(alert)}`);
	await expect(env.cliJson(['objective', 'show', String(o.id)]).status === 'active', 'the objective still active', 'it moved');
	// The refused form is open again, with the error.
	await (await field(page, page, 'Why drop it')).fill('Merged into the calendar work');
	await submit(page, await button(page, page, 'Drop'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'dropping it');
	await arrived(env, page, 'objective-dropped');
	const status = await sectionText(page, /^Status$/);
	const shown = (await page.locator('main dl.facts').first().innerText()).replace(/\s+/g, ' ');
	await expect(/Status dropped/.test(shown), `"Status dropped" among the facts ${await where(page)}`, shown.slice(0, 300));
	await expect(status === null || !/\bDrop\b/.test(status), 'no "Drop" button once dropped', status);
	const events = env.cliJson(['history', '--entity', 'objective', '--id', String(o.id)]);
	const last = events[events.length - 1];
	await expect(last.action === 'status' && last.reason === 'Merged into the calendar work',
		'the drop in the history with its reason', JSON.stringify(last));
	// A draft nobody has seen is deleted.
	const draft = prepare(env, `A draft to throw away${tag(script)}`, 'draft');
	await visit(env, page, `/objectives/${draft.id}`, 'objective-draft');
	await submit(page, await button(page, page, 'Delete this draft'));
	await landed(page, /^\/$/, 'deleting the draft');
	await visit(env, page, `/objectives/${draft.id}`, 'objective-deleted', 404);
}

async function alignScenario(env, script) {
	const o = prepare(env, `Booking works offline${tag(script)}`, 'draft');
	const parents = env.cliJson(['objective', 'list', '--cycle', '2026 Q4', '--layer', 'strategic']);
	const parent = parents.find((p) => p.status !== 'dropped');
	await expect(!!parent, 'a strategic objective in 2026 Q4 to align to', JSON.stringify(parents.map((p) => p.title)));
	const page = await adminPage(env, script);
	await visit(env, page, `/objectives/${o.id}`, 'objective');
	await choose(page, await field(page, page, 'Align it to'), (opt) => opt.value === String(parent.id), 'Align it to');
	await submit(page, await button(page, page, 'Align'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'aligning');
	await arrived(env, page, 'objective-aligned');
	let stored = env.cliJson(['objective', 'show', String(o.id)]);
	await expect(stored.aligns_to.includes(parent.id), `objective ${o.id} aligned to ${parent.id}`, JSON.stringify(stored.aligns_to));
	await submit(page, await button(page, page, `Remove the alignment to “${parent.title}”`));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'removing the alignment');
	await arrived(env, page, 'objective-unaligned');
	stored = env.cliJson(['objective', 'show', String(o.id)]);
	await expect(!stored.aligns_to.includes(parent.id), `the alignment to ${parent.id} gone`, JSON.stringify(stored.aligns_to));
	const links = await sectionText(page, /^Links$/);
	await expect(links.includes('Nothing above it'), '"Nothing above it" under Links', links.slice(0, 300));
}

async function initiativeScenario(env, script) {
	const o = prepare(env, `Shops see the repair's progress${tag(script)}`);
	const page = await adminPage(env, script);
	await visit(env, page, `/objectives/${o.id}`, 'objective');
	const title = `Send a text when the part arrives${tag(script)}`;
	await (await field(page, page, 'Initiative')).fill(title);
	await choose(page, await field(page, page, 'Who does it'), (opt) => opt.value.includes('@'), 'Who does it');
	await submit(page, await button(page, page, 'Add initiative'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'adding the initiative');
	await arrived(env, page, 'initiative-added');
	let list = env.cliJson(['initiative', 'list', String(o.id)]);
	await expect(list.length === 1 && list[0].title === title && list[0].status === 'todo', `one initiative "${title}", todo`, JSON.stringify(list));
	await choose(page, await field(page, page, `Status of “${title}”`), /^doing$/, 'its status');
	await submit(page, await button(page, page, 'Move'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'moving the initiative');
	await arrived(env, page, 'initiative-moved');
	list = env.cliJson(['initiative', 'list', String(o.id)]);
	await expect(list[0].status === 'doing', 'the initiative now doing', JSON.stringify(list));
	await (await link(page, page.locator('main'), `Edit “${title}”`)).click();
	await landed(page, new RegExp(`^/initiatives/${list[0].id}/edit$`), 'following its "Edit"');
	await arrived(env, page, 'initiative-edit');
	await (await field(page, page, 'Link')).fill('https://tracker.example/parts');
	await submit(page, await button(page, page, 'Save changes'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'saving the initiative');
	list = env.cliJson(['initiative', 'list', String(o.id)]);
	await expect(list[0].link === 'https://tracker.example/parts', 'its link stored', JSON.stringify(list));
	await submit(page, await button(page, page, `Delete “${title}”`));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'deleting the initiative');
	await arrived(env, page, 'initiative-deleted');
	list = env.cliJson(['initiative', 'list', String(o.id)]);
	await expect(list.length === 0, 'no initiative left', JSON.stringify(list));
}

const both = (name, title, run) => [
	{ name, title, run: (env) => run(env, true) },
	{ name: `${name}-noscript`, title: `${title}, with JavaScript off`, run: (env) => run(env, false) },
];

// The objective's page with every control, its edit pages, on a phone:
// nothing wider than the screen.
async function narrowScenario(env) {
	const { id, initiative, dependency } = a11yWorld(env.world);
	const page = await adminPage(env, true, true);
	await visit(env, page, `/objectives/${id}`, 'objective-narrow');
	await visit(env, page, `/objectives/${id}/edit`, 'objective-edit-narrow');
	await visit(env, page, `/initiatives/${initiative}/edit`, 'initiative-edit-narrow');
	await visit(env, page, `/dependencies/${dependency}/edit`, 'dependency-edit-narrow');
}

export const scenarios = [
	...both('objective-edit', 'editing an objective: title, why, owner, visibility, with a reason', editScenario),
	...both('objective-status', 'a drop refused without a reason, then dropped with one; a draft deleted', statusScenario),
	...both('objective-align', 'an alignment added from the chooser and removed', alignScenario),
	...both('objective-initiative', 'an initiative added, moved to doing, its link edited, deleted', initiativeScenario),
	{ name: 'objective-edit-narrow', title: 'the objective\'s controls and its edit pages fit a 375 px screen', run: narrowScenario },
];
