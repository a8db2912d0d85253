// scenarios_scoring.mjs — browser scenarios of a cycle's end: a lead (an
// admin of the org, so that she may close the cycle) scores her unit's key
// results on /scoring by keyboard alone, sees a refused score said at its
// field, then closes the cycle; the same with JavaScript off. Each
// scenario has its own people, unit and quarter (already in scoring: it
// ended before today), made with the CLI, which no other scenario reads.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { button, expect, field, landed, newPage, shot, signIn, submit, visit, where } from './steps.mjs';

// grip on the world's database, for the accessibility page (listed before
// any scenario has run).
function grip(world, args) {
	const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	return execFileSync(world.bin, ['--db', world.db, ...args], { env, encoding: 'utf8' });
}

// A team led by a new admin, a member, a quarter from August to October
// (in scoring on 2026-11-23) and one objective with two key results:
// Downloads (weight 2) at 65 of 100, suggested 0.7, which the member scored
// 0.7 herself; Store listing live (weight 1), not done, suggested 0.0.
function prepare(run, tag) {
	const lead = `scorer-${tag}@quillmoor.example`, member = `scored-${tag}@quillmoor.example`;
	const unit = `Scoring team ${tag}`, cycle = `Scoring ${tag}`;
	run(['person', 'add', lead, '--name', `Scorer ${tag}`, '--role', 'admin']);
	run(['person', 'add', member, '--name', `Scored ${tag}`]);
	run(['unit', 'add', unit, '--kind', 'team', '--lead', lead]);
	run(['member', 'add', unit, member, '--joined', '2026-08-01']);
	run(['cycle', 'add', cycle, '--kind', 'quarter', '--from', '2026-08-01', '--to', '2026-10-31']);
	const o = JSON.parse(run(['objective', 'add', `Scored objective ${tag}`, '--cycle', cycle, '--layer', 'team', '--unit', unit,
		'--status', 'active', '--json']));
	const kr1 = JSON.parse(run(['kr', 'add', String(o.id), `Downloads ${tag}`, '--baseline', '0', '--target', '100', '--weight', '2', '--json']));
	const kr2 = JSON.parse(run(['kr', 'add', String(o.id), `Store listing live ${tag}`, '--boolean', '--json']));
	run(['kr', 'update', String(kr1.id), '65', '--at', '2026-10-15']);
	run(['--as', member, 'score', String(kr1.id), '--self', '0.7', '--evidence', '65 downloads of 100']);
	return { tag, lead, member, unit, cycle, objective: o.id, krs: [kr1, kr2],
		url: `/scoring?unit=${encodeURIComponent(unit)}&cycle=${encodeURIComponent(cycle)}` };
}

export const pages = [
	['scoring', (world) => prepare((args) => grip(world, args), 'a11y').url],
];

// What has the keyboard focus: its label (or text) and the legend of its fieldset.
const focused = (page) => page.evaluate(() => {
	const e = document.activeElement;
	if (!e || e === document.body) return { what: 'nothing' };
	const label = e.labels && e.labels[0] ? e.labels[0].textContent.trim() : null;
	const fs = e.closest('fieldset');
	const legend = fs && fs.querySelector('legend') ? fs.querySelector('legend').textContent.trim() : '';
	const text = (e.textContent || '').trim().replace(/\s+/g, ' ');
	return { tag: e.tagName, label, legend, text, what: `${e.tagName.toLowerCase()} "${label || text.slice(0, 50)}" in "${legend}"` };
});

// Presses Tab until the focus is on what `is` accepts (at most 120 times).
async function tabTo(page, is, what) {
	for (let i = 0; i < 120; i++) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		if (is(f)) return f;
	}
	const f = await focused(page);
	return expect(false, `Tab to reach ${what} ${await where(page)}`, `the focus is on ${f.what}`);
}

// Enter on the focused control, then waits for the answer as submit does:
// a new page, or (with grip.js) the form's <main> swapped for the answer's.
async function enter(page) {
	const form = await page.evaluateHandle(() => document.activeElement && document.activeElement.form);
	await page.keyboard.press('Enter');
	for (const deadline = Date.now() + 8000; Date.now() < deadline; await page.waitForTimeout(25)) {
		let connected;
		try {
			connected = await form.evaluate((f) => f !== null && f.isConnected);
		} catch {
			break;
		}
		if (!connected) break;
	}
	await form.dispose().catch(() => {});
	await page.waitForLoadState('load');
}

const input = (label, legend) => (f) => f.tag === 'INPUT' && f.label === label && f.legend === legend;
const mainText = async (page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

async function keyboardScenario(env) {
	const w = prepare(env.cli, 'keys');
	env.cli(['person', 'password', w.lead, '--password', env.world.password]);
	const page = await newPage(env);
	await signIn(env, page, w.lead);
	await visit(env, page, w.url, 'scoring');
	let main = await mainText(page);
	await expect(main.includes('Not scored yet') && main.includes(`Close ${w.cycle}`) && main.includes('not scored:'),
		'the page to say the objective is not scored, and what keeps the cycle open', JSON.stringify(main.slice(0, 600)));
	const row = (await page.getByRole('row', { name: new RegExp(`^Downloads keys`) }).innerText()).replace(/\s+/g, ' ');
	await expect(/2\s*0\.7\s*0\.7 65 downloads of 100\s*–\s*–/.test(row), 'Downloads: weight 2, suggested 0.7, self 0.7 with its evidence, no lead or final',
		JSON.stringify(row));

	// KR 1 by keyboard: the lead's score, a comment, the final, then Enter.
	const legend1 = `Score “${w.krs[0].title}”`;
	await tabTo(page, input("Lead's score", legend1), `the lead's score of ${w.krs[0].title}`);
	await page.keyboard.type('0.7');
	await page.keyboard.press('Tab');
	await expect((await focused(page)).label === 'Comment', 'Tab from the lead\'s score to reach the comment', (await focused(page)).what);
	await page.keyboard.type('Fair, the listing came late');
	await page.keyboard.press('Tab');
	await expect((await focused(page)).label === 'Final score', 'then the final score', (await focused(page)).what);
	await page.keyboard.type('0.7');
	await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === `Save scores of “${w.krs[0].title}”`, 'its Save button');
	await enter(page);
	await landed(page, /^\/scoring$/, 'saving the first scores');
	let s = env.cliJson(['score', 'list', '--unit', w.unit, '--cycle', w.cycle]);
	let k = s.objectives[0].key_results[0];
	await expect(k.lead === 0.7 && k.final === 0.7 && k.comment === 'Fair, the listing came late' && k.self === 0.7 && k.self_by === w.member,
		'KR 1: lead 0.7 with the comment, final 0.7; the member\'s self score kept as hers', JSON.stringify(k));

	// KR 2: two decimals are refused at the field, then 0 is taken.
	const legend2 = `Score “${w.krs[1].title}”`;
	await tabTo(page, input('Final score', legend2), `the final score of ${w.krs[1].title}`);
	await page.keyboard.type('0.05');
	await enter(page);
	main = await mainText(page);
	await expect(main.includes('Final score') && main.includes('a score is from 0.0 to 1.0 with one decimal'),
		`the refused score said with its field ${await where(page)}`, JSON.stringify(main.slice(0, 800)));
	await shot(env, page, 'scoring-refused');
	await expect(env.cliJson(['score', 'list', '--unit', w.unit, '--cycle', w.cycle]).objectives[0].key_results[1].final === null,
		'the refused score to change nothing', 'it changed');
	await tabTo(page, input('Final score', legend2), `the refused final score of ${w.krs[1].title}`);
	await page.keyboard.press('Control+A');
	await page.keyboard.type('0');
	await enter(page);
	await landed(page, /^\/scoring$/, 'saving the second score');
	// (2 x 0.7 + 1 x 0.0) / 3 = 0.467 -> 0.5
	main = await mainText(page);
	await expect(main.includes('Score 0.5'), 'the objective scored 0.5: (2 x 0.7 + 0) / 3', JSON.stringify(main.slice(0, 600)));

	// The close, by keyboard: the objective ends missed (0.5 < 0.7).
	await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === `Close ${w.cycle}`, `the button "Close ${w.cycle}"`);
	await enter(page);
	await landed(page, /^\/scoring$/, 'closing the cycle');
	const c = env.cliJson(['cycle', 'show', w.cycle]);
	const o = env.cliJson(['objective', 'show', String(w.objective)]);
	await expect(c.status === 'closed' && o.status === 'missed', `${w.cycle} closed and its objective missed`, `${c.status}, ${o.status}`);
	main = await mainText(page);
	await expect(main.includes('closed') && !main.includes('Save scores of'), 'the page of a closed cycle to offer no score form',
		JSON.stringify(main.slice(0, 600)));
}

async function noScriptScenario(env) {
	const w = prepare(env.cli, 'nojs');
	env.cli(['person', 'password', w.lead, '--password', env.world.password]);
	const page = await newPage(env, { script: false });
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	await signIn(env, page, w.lead);
	await visit(env, page, w.url, 'scoring-nojs');
	const form1 = page.locator(`form:has(legend:text-is("Score “${w.krs[0].title}”"))`);
	await (await field(page, form1, "Lead's score")).fill('0.7');
	await (await field(page, form1, 'Final score')).fill('0.7');
	await submit(page, await button(page, form1, `Save scores of “${w.krs[0].title}”`));
	await landed(page, /^\/scoring$/, 'saving the first scores');
	const form2 = page.locator(`form:has(legend:text-is("Score “${w.krs[1].title}”"))`);
	await (await field(page, form2, 'Final score')).fill('1.05');
	await submit(page, await button(page, form2, `Save scores of “${w.krs[1].title}”`));
	const said = await mainText(page);
	await expect(said.includes('a score is from 0.0 to 1.0 with one decimal (such as 0.7), not "1.05"'),
		`1.05 refused, said on the page ${await where(page)}`, JSON.stringify(said.slice(0, 600)));
	const again = page.locator(`form:has(legend:text-is("Score “${w.krs[1].title}”"))`);
	await (await field(page, again, 'Final score')).fill('1');
	await submit(page, await button(page, again, `Save scores of “${w.krs[1].title}”`));
	await landed(page, /^\/scoring$/, 'saving the second score');
	// (2 x 0.7 + 1 x 1.0) / 3 = 0.8: achieved at the close.
	await expect((await mainText(page)).includes('Score 0.8'), 'the objective scored 0.8', JSON.stringify((await mainText(page)).slice(0, 400)));
	// The member: her self score's fields only, no lead's or final score, no close.
	env.cli(['person', 'password', w.member, '--password', env.world.password]);
	const other = await newPage(env, { script: false });
	await signIn(env, other, w.member);
	await visit(env, other, w.url, 'scoring-member');
	const labels = await other.locator('main form label').allTextContents();
	await expect(labels.some((l) => l.trim() === 'Self score') && !labels.some((l) => /Final score|Lead's score|Why close/.test(l)),
		'the member to be offered her self score and nothing a lead gives', JSON.stringify(labels));
	await submit(page, await button(page, page.locator('main'), `Close ${w.cycle}`));
	await landed(page, /^\/scoring$/, 'closing the cycle');
	const o = env.cliJson(['objective', 'show', String(w.objective)]);
	await expect(env.cliJson(['cycle', 'show', w.cycle]).status === 'closed' && o.status === 'achieved',
		`${w.cycle} closed and its objective achieved`, o.status);
	const want = `/scoring/key_results/${w.krs[0].id} as document`;
	await expect(posts.includes(want), `the forms posted by the browser itself (${want})`, JSON.stringify(posts));
}

// A person's scores for an annual review: the member's own objective of
// the quarter, scored by her and her lead; on her scoring page she follows
// the CSV link (her session signs the download in) and gets one line a key
// result; the JSON link gives the same objective.
async function exportScenario(env) {
	const w = prepare(env.cli, 'export');
	const own = env.cliJson(['objective', 'add', `Speak at meetups ${w.tag}`, '--cycle', w.cycle, '--layer', 'individual',
		'--owner', w.member, '--status', 'active']);
	const kr = env.cliJson(['kr', 'add', String(own.id), `Talks given ${w.tag}`, '--baseline', '0', '--target', '4']);
	env.cli(['kr', 'update', String(kr.id), '3', '--at', '2026-10-20']);
	env.cli(['--as', w.member, 'score', String(kr.id), '--self', '0.8', '--evidence', 'three talks of four']);
	env.cli(['--as', w.lead, 'score', String(kr.id), '--lead', '0.7', '--final', '0.7']);
	env.cli(['person', 'password', w.member, '--password', env.world.password]);
	const page = await newPage(env);
	await signIn(env, page, w.member);
	await visit(env, page, `/scoring?person=${encodeURIComponent(w.member)}&cycle=${encodeURIComponent(w.cycle)}`, 'scoring-export');
	const csvLink = page.getByRole('link', { name: 'download these scores as CSV' });
	const jsonLink = page.getByRole('link', { name: 'as JSON' });
	await expect(await csvLink.count() === 1 && await jsonLink.count() === 1, 'the CSV and JSON links on her scoring page',
		JSON.stringify(await page.locator('main a').allTextContents()));
	const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
	const csv = readFileSync(await download.path(), 'utf8').trim().split('\n');
	// A header, then Talks given: 3 of 4 = 0.75, suggested 0.8; self 0.8,
	// lead 0.7 and final 0.7, the objective's score.
	await expect(csv.length === 2 && csv[0].startsWith('cycle,objective_id,objective,objective_score,key_result_id') &&
		csv[1].startsWith(`Scoring ${w.tag},${own.id},Speak at meetups ${w.tag},0.7,${kr.id},Talks given ${w.tag},1,0.8,0.8,`) &&
		csv[1].endsWith(',0.7'), 'the CSV download: a header and one line for her key result, the final score last', JSON.stringify(csv));
	const json = await page.evaluate(async (href) => (await fetch(href)).json(), await jsonLink.getAttribute('href'));
	await expect(json.person === w.member && json.objectives.length === 1 && json.objectives[0].id === own.id,
		'the JSON export: her one objective', JSON.stringify(json).slice(0, 300));
}

export const scenarios = [
	{ name: 'scoring-keyboard', title: 'a lead scores her unit by keyboard alone, then closes the cycle', run: keyboardScenario, limit: 40000 },
	{ name: 'scoring-noscript', title: 'scoring and the close with JavaScript off', run: noScriptScenario },
	{ name: 'scoring-export', title: "a member downloads her scores of a cycle as CSV and JSON", run: exportScenario },
];
