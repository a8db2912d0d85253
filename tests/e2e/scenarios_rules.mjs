// scenarios_rules.mjs — the new-objective form's choosers: the units and
// owners offered are those the core says fit the layer and the person may
// choose, with its defaults; see scenarios.mjs for how the scenarios are
// gathered and run.
import {
	button, choose, expect, field, landed, newPage, outsideFieldsets, shot, signIn, submit, visit, where,
} from './steps.mjs';

// A member of the Mobile team (not its lead).
const MEMBER = 'yuki@quillmoor.example';

const options = (select) => select.locator('option').evaluateAll((os) => os.map((o) => ({
	value: o.value, label: o.textContent.trim(), selected: o.selected,
})));

async function chosen(page, label) {
	const select = await field(page, page, label);
	const tag = await select.evaluate((e) => e.tagName);
	await expect(tag === 'SELECT', `"${label}" to be a list to choose from ${await where(page)}`, `it is an ${tag}`);
	const all = await options(select);
	return { select, all, selected: all.find((o) => o.selected) };
}

// Fills the title and one key result and sends the form; returns the id.
async function create(env, page, title, what) {
	await (await outsideFieldsets(page, 'Title')).fill(title);
	const kr = page.getByRole('group', { name: 'Key result 1', exact: true });
	await (await field(page, kr, 'Title')).fill(`Shops that finish set-up alone (${title.slice(0, 10)})`);
	await (await field(page, kr, 'Baseline')).fill('10');
	await (await field(page, kr, 'Target')).fill('60');
	await submit(page, await button(page, page, 'Create objective'));
	const p = await landed(page, /^\/objectives\/\d+$/, what);
	return Number(p.split('/').pop());
}

// The form for a team objective, then for an individual one, as a member
// of a team: a team objective defaults to her own team, lists only teams
// and departments, and starts proposed (she is not its lead); an
// individual one is hers, and she may name nobody else as its owner.
async function chooser(env, page, tag) {
	await signIn(env, page, MEMBER);
	await visit(env, page, '/objectives/new', `${tag}-team`);
	const layer = await chosen(page, 'Layer');
	await expect(layer.selected?.value === 'team', 'the layer to be "team" by default', JSON.stringify(layer.selected));
	const units = await chosen(page, 'Unit');
	await expect(units.selected?.value === 'Mobile', 'the unit of a team objective to default to her team, Mobile',
		JSON.stringify(units.selected));
	const kinds = units.all.map((o) => /\((\w[\w ]*)\)$/.exec(o.label)?.[1]);
	await expect(kinds.every((k) => k === 'team' || k === 'department'), 'only teams and departments offered for a team objective',
		JSON.stringify(units.all.map((o) => o.label)));
	const owners = await chosen(page, 'Owner');
	await expect(owners.all.length > 2 && owners.all.some((o) => o.value === '') && owners.selected?.value === MEMBER,
		`a list of people with "nobody" among them, ${MEMBER} chosen`, JSON.stringify(owners.all.slice(0, 4)));
	await shot(env, page, `${tag}-team`);
	const teamId = await create(env, page, `Shops finish set-up in a day (${tag})`, 'creating a team objective');
	const team = env.cliJson(['objective', 'show', String(teamId)]);
	await expect(team.unit === 'Mobile' && team.layer === 'team' && team.status === 'proposed' && team.owner === MEMBER,
		`a proposed team objective of Mobile, owned by ${MEMBER}`, JSON.stringify({ unit: team.unit, layer: team.layer, status: team.status, owner: team.owner }));

	await visit(env, page, '/objectives/new', `${tag}-layer`);
	await choose(page, await field(page, page, 'Layer'), /^individual$/, 'Layer');
	await submit(page, await button(page, page, 'Choose layer'));
	await landed(page, /^\/objectives\/new$/, 'choosing the individual layer');
	const mine = await chosen(page, 'Owner');
	await expect(mine.selected?.value === MEMBER, `the owner of an individual objective to default to ${MEMBER}`, JSON.stringify(mine.selected));
	await expect(mine.all.length === 1, 'only herself offered as the owner (she leads nobody)', JSON.stringify(mine.all.map((o) => o.value)));
	const personal = await chosen(page, 'Unit');
	await expect(personal.selected?.value === '' && !personal.all.some((o) => /\(group\)$/.test(o.label)),
		'no unit by default, and no group offered, for an individual objective', JSON.stringify(personal.all.map((o) => o.label)));
	await shot(env, page, `${tag}-individual`);
	const ownId = await create(env, page, `I learn the shops' set-up by heart (${tag})`, 'creating an individual objective');
	const own = env.cliJson(['objective', 'show', String(ownId)]);
	await expect(own.layer === 'individual' && own.owner === MEMBER && own.unit === null,
		`an individual objective owned by ${MEMBER}`, JSON.stringify({ layer: own.layer, owner: own.owner, unit: own.unit }));
}

async function chooserScenario(env) {
	await chooser(env, await newPage(env), 'rules-form');
}

async function chooserNoScriptScenario(env) {
	const page = await newPage(env, { script: false });
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	await chooser(env, page, 'rules-noscript');
	const want = '/objectives/new as document';
	await expect(posts.filter((p) => p === want).length === 2, `both objectives posted by the browser itself (${want})`,
		`posts ${JSON.stringify(posts)}`);
}

// An objective made active today: its pace starts today, so the page
// expects 0% and each key result's chart says its pace line expects 0% by
// today, the core's figure (the page once measured from the cycle's start).
async function paceScenario(env) {
	const o = env.cliJson(['objective', 'add', 'Repair quotes sent the same day', '--cycle', '2026 Q4', '--layer', 'team',
		'--unit', 'Mobile', '--status', 'active']);
	env.cli(['kr', 'add', String(o.id), 'Quotes sent within the day', '--baseline', '20', '--target', '90', '--unit', '%']);
	const page = await newPage(env);
	await signIn(env, page, env.world.people.admin);
	await visit(env, page, `/objectives/${o.id}`, 'objective');
	const facts = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
	await expect(/Expected by today 0% \(the share gone by of the time from 2026-11-23, when its pace starts/.test(facts),
		'"Expected by today 0%", its pace starting today', `${facts.slice(0, 400)} ${await where(page)}`);
	const label = await page.locator('svg.kr-chart').first().getAttribute('aria-label');
	await expect(/the pace line expects 0% by today/.test(label ?? ''), 'the chart\'s pace line expecting 0% by today',
		`its label reads "${label}"`);
	await shot(env, page, 'pace');
}

export const pages = [['objective-new-individual', '/objectives/new?layer=individual'],
	['objective-new-strategic', '/objectives/new?layer=strategic']];

export const scenarios = [
	{ name: 'rules-form', title: 'the new-objective form offers units and owners that fit the layer', run: chooserScenario },
	{ name: 'rules-noscript', title: 'the new-objective form\'s choosers work with JavaScript off', run: chooserNoScriptScenario },
	{ name: 'rules-pace', title: 'an objective made active today expects 0%, on the page and in its charts', run: paceScenario },
];
