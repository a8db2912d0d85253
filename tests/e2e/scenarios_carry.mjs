// scenarios_carry.mjs — browser scenarios of carrying forward: a lead's
// unfinished objective of a cycle in scoring is carried into a later cycle
// from its page (the "Carry forward" form), and the new draft's page links
// back to it and shows its reflection; a carry made meanwhile elsewhere is
// refused with the error beside "Carry it into". Each runs with JavaScript
// on and off. See scenarios.mjs for how they are gathered.
import { execFileSync } from 'node:child_process';
import { button, choose, expect, field, landed, newPage, shot, signIn, submit, visit, where } from './steps.mjs';

// The scenarios' own cycles, apart from the demo's: one ended in spring
// (in scoring: its last day is past and it is not closed) and one to come.
const FROM = 'Carry spring 2026';
const TO = 'Carry 2027 Q1';

function grip(world, args, json = true) {
	const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	const out = execFileSync(world.bin, ['--db', world.db, ...args, ...(json ? ['--json'] : [])], { env, encoding: 'utf8' });
	return json ? JSON.parse(out) : out;
}

function cycles(world) {
	const names = grip(world, ['cycle', 'list']).map((c) => c.name);
	if (!names.includes(FROM)) grip(world, ['cycle', 'add', FROM, '--kind', 'quarter', '--from', '2026-04-01', '--to', '2026-06-30']);
	if (!names.includes(TO)) grip(world, ['cycle', 'add', TO, '--kind', 'quarter', '--from', '2027-01-01', '--to', '2027-03-31']);
}

// A Support objective of the spring cycle, active, with a metric at 30 of
// 10 -> 50 and a reflection.
function unfinished(world, title) {
	cycles(world);
	const o = grip(world, ['objective', 'add', title, '--cycle', FROM, '--layer', 'team', '--unit', 'Support', '--status', 'active']);
	const kr = grip(world, ['kr', 'add', String(o.id), `Reviews answered within a day (${title.slice(-8)})`, '--baseline', '10', '--target', '50', '--unit', '%']);
	grip(world, ['kr', 'update', String(kr.id), '30', '--at', '2026-06-15']);
	grip(world, ['reflect', String(o.id), '--worked', 'Templates for the common answers', '--did-not', 'Weekends stayed unanswered',
		'--carry', 'Cover the weekends']);
	return o;
}

const carryCard = (page) => page.locator('section', { has: page.getByRole('heading', { name: 'Carried forward', exact: true }) });

// Carries one from its page: a new draft in the next cycle, from 30 %, its
// page linking back with the reflection; the source no longer offers that
// cycle.
// Then a carry made elsewhere while the form was open is refused.
async function carryScenario(env, script) {
	const tag = script ? 'js' : 'no-js';
	const o = unfinished(env.world, `Every shop review gets an answer (${tag})`);
	const page = await newPage(env, { script });
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	await signIn(env, page, env.world.people.admin);
	await visit(env, page, `/objectives/${o.id}`, `carry-source-${tag}`);
	const card = carryCard(page);
	await choose(page, await field(page, card, 'Carry it into'), new RegExp(`^${TO}`), 'Carry it into');
	await shot(env, page, `carry-chosen-${tag}`);
	await submit(page, await button(page, card, 'Carry forward'));
	await landed(page, /^\/objectives\/\d+$/, 'carrying it forward');
	const copyId = Number(new URL(page.url()).pathname.split('/').pop());
	const copy = env.cliJson(['objective', 'show', String(copyId)]);
	await expect(copy.carried_from === o.id && copy.cycle === TO && copy.status === 'draft' && copy.title === o.title &&
		copy.key_results.length === 1 && copy.key_results[0].baseline === 30 && copy.key_results[0].target === 50,
		`a draft "${o.title}" in ${TO} carried from ${o.id}, its key result from 30 to 50`, JSON.stringify(copy));
	const text = (await carryCard(page).innerText()).replace(/\s+/g, ' ');
	await expect(text.includes(`Carried forward from ${o.title}`) && text.includes('Cover the weekends') &&
		text.includes('Weekends stayed unanswered'), `the link back and the reflection on the new objective ${await where(page)}`,
		JSON.stringify(text.slice(0, 400)));
	const back = carryCard(page).getByRole('link', { name: o.title, exact: true });
	await expect(await back.getAttribute('href') === `/objectives/${o.id}`, `a link to /objectives/${o.id}`, await back.getAttribute('href'));
	if (!script) {
		const want = `/objectives/${o.id}/carry as document`;
		await expect(posts.includes(want), `the form posted by the browser itself (${want})`, JSON.stringify(posts));
	}
	await visit(env, page, `/objectives/${o.id}`, `carry-done-${tag}`);
	const offered = await carryCard(page).locator('select option').allTextContents();
	await expect(offered.length > 0 && !offered.some((t) => t.startsWith(TO)),
		`"Carry it into" no longer to offer ${TO}, where it was carried ${await where(page)}`, JSON.stringify(offered));

	const other = unfinished(env.world, `Shops hear back about refunds (${tag})`);
	await visit(env, page, `/objectives/${other.id}`, `carry-race-${tag}`);
	await choose(page, await field(page, carryCard(page), 'Carry it into'), new RegExp(`^${TO}`), 'Carry it into');
	env.cli(['carry', String(other.id), '--to', TO]);
	await submit(page, await button(page, carryCard(page), 'Carry forward'));
	const error = (await page.locator('.field-error').allInnerTexts()).join(' ');
	await expect(error.includes('carried into') && error.includes('already'), `the error "carried into ... already" beside "Carry it into" ${await where(page)}`,
		JSON.stringify(error));
	const copies = env.cliJson(['objective', 'list', '--cycle', TO, '--unit', 'Support']).filter((x) => x.title === other.title);
	await expect(copies.length === 1, 'one copy only, the refused carry adding none', JSON.stringify(copies.map((x) => x.id)));
}

// A carried objective's page (its origin and reflection) and an unfinished
// one's (the form), for the accessibility pass.
let scanned = null;
function scan(world) {
	if (!scanned) {
		const o = unfinished(world, 'Shops get a reply on Sundays too (scan)');
		const form = unfinished(world, 'Shops see review trends (scan)');
		scanned = { copy: grip(world, ['carry', String(o.id), '--to', TO]).carried[0].id, form: form.id };
	}
	return scanned;
}

export const pages = [
	['carried-objective', (world) => `/objectives/${scan(world).copy}`],
	['carry-form', (world) => `/objectives/${scan(world).form}`],
];

export const scenarios = [
	{ name: 'carry', title: 'an unfinished objective is carried forward from its page, and a second carry refused', run: (env) => carryScenario(env, true) },
	{ name: 'carry-noscript', title: 'the same with JavaScript off', run: (env) => carryScenario(env, false) },
];
