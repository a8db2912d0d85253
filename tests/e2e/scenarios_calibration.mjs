// scenarios_calibration.mjs — browser scenarios of the end of a cycle's
// reflections and calibration: a lead writes an objective's reflection on
// its page (a refused one said at the form, what was typed kept), then
// reads the calibration of the cycle, chosen with the cycle form: the
// table of figures, the histogram of final scores with its title and
// description, and its counts as a table. Each with JavaScript on and off.
// See scenarios.mjs for how they are gathered and run; the scenarios
// prepare their own unit, cycle and objectives, and touch nothing another
// scenario reads.
import { execFileSync } from 'node:child_process';
import { button, choose, expect, field, h1, landed, newPage, sectionText, signIn, submit, visit, where } from './steps.mjs';

const LEAD = 'pablo@quillmoor.example';
const MEMBER = 'ilse@quillmoor.example';
const UNIT = 'Calibration lab';
const CYCLE = 'Calibration sprint';

function grip(world, args) {
	const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	return execFileSync(world.bin, ['--db', world.db, ...args], { env, encoding: 'utf8' });
}

// Pablo leads the team Calibration lab, Ilse is in it; its sprint ends on
// the world's day (2026-11-23), so it is in scoring. Two team objectives,
// one for each scenario of the reflection, each with two key results whose
// final scores are 0.9 and 1.0: the lab's mean is 0.95, too easy.
function prepare(world) {
	if (world.calibration) return world.calibration;
	const run = (args) => grip(world, args);
	run(['unit', 'add', UNIT, '--kind', 'team', '--parent', 'Product & Engineering', '--lead', LEAD]);
	run(['member', 'add', UNIT, MEMBER, '--joined', '2026-10-01']);
	run(['cycle', 'add', CYCLE, '--kind', 'quarter', '--from', '2026-10-01', '--to', '2026-11-23']);
	const objective = (title) => {
		const o = JSON.parse(run(['objective', 'add', title, '--cycle', CYCLE, '--layer', 'team', '--unit', UNIT, '--status', 'active', '--json']));
		const krs = [1, 2].map((n) => JSON.parse(run(['kr', 'add', String(o.id), `${title}: measure ${n}`, '--baseline', '0', '--target', '10', '--json'])).id);
		return { id: o.id, title, krs };
	};
	const a = objective('The lab turns feedback into fixes');
	const b = objective('The lab ships without scripts');
	for (const [kr, score] of [[a.krs[0], '0.9'], [b.krs[0], '0.9'], [a.krs[1], '1.0'], [b.krs[1], '1.0']])
		run(['score', String(kr), '--final', score]);
	const units = JSON.parse(run(['unit', 'list', '--json']));
	world.calibration = { a, b, unit: units.find((u) => u.name === UNIT).id };
	for (const p of [LEAD, MEMBER]) run(['person', 'password', p, '--password', world.password]);
	return world.calibration;
}

export const pages = [
	['reflection', (world) => `/objectives/${prepare(world).a.id}`],
	['calibration', (world) => { prepare(world); return `/calibration?cycle=${encodeURIComponent(CYCLE)}`; }],
];

async function reflectionFlow(env, { script, which }) {
	const o = prepare(env.world)[which];
	const page = await newPage(env, { script });
	await signIn(env, page, LEAD);
	await visit(env, page, `/objectives/${o.id}`, 'reflection');
	const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Reflection', exact: true }) });
	const worked = `Pairing with support on every fix (${script ? 'js' : 'no js'})`;

	// Too long a text is refused, said at the form; what was typed stays.
	await (await field(page, section, 'What worked')).fill(worked);
	await (await field(page, section, 'What did not')).fill('x'.repeat(20001));
	await submit(page, await button(page, section, 'Write the reflection'));
	const said = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
	await expect(/What did not: .*at most 20000/.test(said), 'a text over 20000 bytes refused, naming "What did not"',
		`the page reads ${JSON.stringify(said.slice(0, 400))} ${await where(page)}`);
	const kept = await (await field(page, page.locator('main'), 'What worked')).inputValue();
	await expect(kept === worked, 'what was typed in "What worked" kept', JSON.stringify(kept));
	await expect(env.cliJson(['reflect', String(o.id)]).updated_at === null, 'the refused reflection to change nothing', 'it changed');

	// Written: the page shows it, the core has it.
	const form = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Reflection', exact: true }) });
	await (await field(page, form, 'What did not')).fill('Fixes waited a week for review');
	await (await field(page, form, 'What to carry forward')).fill('Review within a day');
	await submit(page, await button(page, form, 'Write the reflection'));
	await landed(page, new RegExp(`^/objectives/${o.id}$`), 'writing the reflection');
	const text = await sectionText(page, /^Reflection$/);
	await expect(text && text.includes(worked) && text.includes('Review within a day'), 'the Reflection section to show what was written',
		`it reads ${JSON.stringify(text)}`);
	const rf = env.cliJson(['reflect', String(o.id)]);
	await expect(rf.worked === worked && rf.did_not === 'Fixes waited a week for review' && rf.carry_forward === 'Review within a day',
		'the reflection stored as written', JSON.stringify(rf));

	// A member of another team reads it and has no form.
	const other = await newPage(env, { script });
	await signIn(env, other, 'daniel@quillmoor.example');
	await visit(env, other, `/objectives/${o.id}`, 'reflection-read');
	const read = await sectionText(other, /^Reflection$/);
	await expect(read && read.includes(worked), 'another team\'s member to read the reflection', JSON.stringify(read));
	await expect(await other.getByRole('button', { name: /reflection/ }).count() === 0, 'no reflection form for them', 'there is one');
}

async function calibrationFlow(env, { script }) {
	prepare(env.world);
	const page = await newPage(env, { script });
	await signIn(env, page, LEAD);
	await visit(env, page, '/calibration', 'calibration');
	await expect((await h1(page)) === 'Calibration', 'the h1 "Calibration"', await h1(page));
	await choose(page, await field(page, page.locator('main'), 'Cycle'), (o) => o.value === CYCLE, 'Cycle');
	await submit(page, await button(page, page.locator('main'), 'Show'));
	await landed(page, /^\/calibration$/, 'choosing the cycle');
	await expect(new URL(page.url()).searchParams.get('cycle') === CYCLE, `the page of ${CYCLE}`, page.url());
	// The lab's row: 4 key results, 0.9 0.9 1.0 1.0: mean 0.95, sd 0.05, too easy.
	const row = page.locator('main table').first().getByRole('row').filter({ has: page.getByRole('link', { name: UNIT, exact: true }) });
	const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
	await expect(JSON.stringify(cells) === JSON.stringify(['4', '0.95', '0.05', '0.9', '1.0', 'too easy: raise ambition']),
		`the ${UNIT} row: 4, 0.95, 0.05, 0.9, 1.0, too easy`, JSON.stringify(cells));
	// The histogram: an image named by its title, described in words.
	const svg = page.getByRole('img', { name: `Final scores of ${UNIT}: 4 key results` });
	await expect(await svg.count() === 1, `one histogram of ${UNIT}, named by its title`, `${await svg.count()} ${await where(page)}`);
	const desc = await svg.locator('desc').textContent();
	await expect(desc.includes('0.9: 2') && desc.includes('1.0: 2') && desc.includes('Mean 0.95'), 'its description to give the counts and the mean',
		JSON.stringify(desc));
	const bars = await svg.locator('rect.bar').count();
	await expect(bars === 2, 'two bars (0.9 and 1.0)', String(bars));
	const counts = await page.getByRole('table', { name: `Key results of ${UNIT} per final score` }).getByRole('cell').allTextContents();
	await expect(counts.join(' ') === '0 0 0 0 0 0 0 0 0 2 2', 'the counts also as a table', counts.join(' '));
}

export const scenarios = [
	{ name: 'reflection', title: 'a lead writes an objective\'s reflection on its page; a refused one is said at the form',
		run: (env) => reflectionFlow(env, { script: true, which: 'a' }) },
	{ name: 'reflection-noscript', title: 'the same reflection with JavaScript off',
		run: (env) => reflectionFlow(env, { script: false, which: 'b' }) },
	{ name: 'calibration', title: 'the calibration of a cycle chosen with the form: figures, histogram with title and description, counts table',
		run: (env) => calibrationFlow(env, { script: true }) },
	{ name: 'calibration-noscript', title: 'the calibration page with JavaScript off',
		run: (env) => calibrationFlow(env, { script: false }) },
];
