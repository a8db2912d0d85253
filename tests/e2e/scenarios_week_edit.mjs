// scenarios_week_edit.mjs — browser scenarios of one area of the pages; see
// scenarios.mjs for how they are gathered and run. My week's commitments
// edited and deleted (with and without JavaScript), a refused form's
// summary naming the control by its label, an inline error that leaves its
// row in line, and a group's wide tables on a phone.
//
// Each scenario has a person of its own, added to Payments with the CLI, so
// that no other scenario reads the weeks these change.
import { execFileSync } from 'node:child_process';

import { button, expect, failure, field, landed, newPage, sectionText, shot, signIn, submit, visit, where } from './steps.mjs';

const PAYMENTS = 'Payments';

// A person of this area's own, member of Payments, who signs in with the
// world's password; and one commitment of theirs this week, linked to the
// first of Payments' objectives. Returns { email, commitment, goals }.
function prepareWeek(env, tag, text) {
	const email = `week-${tag}@quillmoor.example`;
	env.cli(['person', 'add', email, '--name', `Wen ${tag}`]);
	env.cli(['member', 'add', PAYMENTS, email]);
	env.cli(['person', 'password', email, '--password', env.world.password]);
	const goals = env.cliJson(['objective', 'list', '--cycle', '2026 Q4', '--unit', PAYMENTS, '--layer', 'team']);
	if (goals.length < 2) failure(`two team objectives of ${PAYMENTS} in 2026 Q4`, JSON.stringify(goals.map((o) => o.title)));
	const c = env.cliJson(['--as', email, 'commit', 'add', email, text, '--goal', String(goals[0].id)]);
	return { email, commitment: c, goals };
}

const commitmentsOf = (env, email) => env.cliJson(['commit', 'list', '--email', email]);

// The list item of this week's commitment that holds `text`.
function itemOf(page, text) {
	return page.locator('main ul.commitments > li').filter({ hasText: text }).first();
}

// Edits the commitment `from` into `to`, linked to `goal`, shared or not,
// then deletes it; checks the page and the stored commitment after each.
async function editAndDelete(env, page, who, from, to) {
	const { email, commitment, goals } = who;
	const item = itemOf(page, from);
	await expect(await item.count() === 1, `the commitment "${from}" under "This week's commitment" ${await where(page)}`, 'not there');
	const text = await field(page, item, 'Commitment'); // opens the folded "Edit"
	await text.fill(to);
	const linked = await field(page, item, 'Linked to');
	await linked.selectOption(String(goals[1].id));
	await submit(page, await button(page, item, 'Save changes'));
	await landed(page, /^\/$/, 'saving the commitment');
	const section = await sectionText(page, /^This week.s commitments?$/);
	await expect(section && section.includes(to) && !section.includes(from), `"${to}" in place of "${from}" on My week`,
		`the section reads ${JSON.stringify((section || '').slice(0, 400))}`);
	await expect(section.includes(goals[1].title.slice(0, 30)), `the commitment linked to "${goals[1].title}"`,
		`the section reads ${JSON.stringify(section.slice(0, 400))}`);
	let stored = commitmentsOf(env, email).find((c) => c.id === commitment.id);
	await expect(stored && stored.text === to && stored.objective_id === goals[1].id,
		`commitment ${commitment.id} stored with the new text and link`, JSON.stringify(stored));
	// Delete: the button is named for the commitment it deletes.
	await submit(page, await button(page, itemOf(page, to), `Delete commitment: ${to}`));
	await landed(page, /^\/$/, 'deleting the commitment');
	const after = await sectionText(page, /^This week.s commitments?$/);
	await expect(!after.includes(to), `"${to}" gone from My week`, `the section reads ${JSON.stringify(after.slice(0, 400))}`);
	stored = commitmentsOf(env, email).find((c) => c.id === commitment.id);
	await expect(!stored, `commitment ${commitment.id} deleted`, JSON.stringify(stored));
}

async function weekEditScenario(env) {
	const who = prepareWeek(env, 'edit', 'Call two shops about same-day payouts');
	const page = await newPage(env);
	await signIn(env, page, who.email);
	await editAndDelete(env, page, who, 'Call two shops about same-day payouts', 'Call four shops about same-day payouts');
}

async function weekEditNoScriptScenario(env) {
	const who = prepareWeek(env, 'noscript', 'Draft the payout notice');
	const page = await newPage(env, { script: false });
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	await signIn(env, page, who.email);
	await editAndDelete(env, page, who, 'Draft the payout notice', 'Send the payout notice');
	for (const action of ['edit', 'delete']) {
		const want = `/commitments/${who.commitment.id}/${action} as document`;
		await expect(posts.includes(want), `the ${action} posted by the browser itself (${want})`, `posts ${JSON.stringify(posts)}`);
	}
}

// A refused edit: the summary names the control by its label and links to
// it; a refused close: the field with the error stays level with its row.
async function weekErrorLabelScenario(env) {
	const who = prepareWeek(env, 'errors', 'Ask finance about the payout cut-off');
	const page = await newPage(env);
	await signIn(env, page, who.email);
	let item = itemOf(page, 'Ask finance about the payout cut-off');
	await (await field(page, item, 'Commitment')).fill('   '); // passes "required", refused by the core
	await submit(page, await button(page, item, 'Save changes'));
	await shot(env, page, 'edit-refused');
	const summary = page.locator('main .error-summary');
	await expect(await summary.count() === 1, `one error summary ${await where(page)}`, `${await summary.count()}`);
	const said = (await summary.innerText()).trim();
	await expect(/^Commitment: /.test(said) && !/\btext\b/.test(said),
		'the summary to name the control by its label ("Commitment: ...") and not the core\'s field ("text")', JSON.stringify(said));
	const href = await summary.locator('a').getAttribute('href');
	const target = href ? await page.locator(href).evaluate((e) => ({ tag: e.tagName, label: e.labels[0]?.textContent.trim() })) : null;
	await expect(target && target.tag === 'INPUT' && target.label === 'Commitment', 'the summary to link to the "Commitment" input',
		`href ${href}, target ${JSON.stringify(target)}`);
	const stored = commitmentsOf(env, who.email).find((c) => c.id === who.commitment.id);
	await expect(stored.text === 'Ask finance about the payout cut-off', 'the refused edit to change nothing', JSON.stringify(stored));

	// A close with a status the core refuses (the list offers none such: set
	// by hand): the error shows under "How did it go?", and that select stays
	// level with the Reflection input beside it.
	await visit(env, page, '/', 'week-errors-close');
	item = itemOf(page, 'Ask finance about the payout cut-off');
	const status = await field(page, item, 'How did it go?');
	await status.evaluate((s) => { s.options[0].value = 'finished'; s.selectedIndex = 0; });
	await submit(page, await button(page, item, 'Close commitment'));
	await shot(env, page, 'close-refused');
	item = itemOf(page, 'Ask finance about the payout cut-off');
	const error = item.locator('.close-form .field-error');
	await expect(await error.count() === 1, `the error under "How did it go?" ${await where(page)}`, `${await error.count()} field errors`);
	const form = item.locator('.close-form');
	const tops = await form.evaluate((f) => [...f.querySelectorAll('.inline select, .inline input:not([type=hidden])')]
		.map((e) => Math.round(e.getBoundingClientRect().top)));
	await expect(tops.length === 2 && tops[0] === tops[1], 'the select with the error and the Reflection input level with each other',
		`their tops ${JSON.stringify(tops)}`);
	const sum = (await form.locator('.error-summary').innerText()).trim();
	await expect(sum.startsWith('How did it go?: '), 'the close form\'s summary to name "How did it go?"', JSON.stringify(sum));
}

// A group's page on a phone: nothing scrolls sideways unannounced. A table
// box that scrolls says so above it; the members' table fits.
async function weekNarrowGroupScenario(env) {
	const page = await newPage(env, { narrow: true });
	await signIn(env, page, env.world.people.admin);
	await visit(env, page, `/groups/${env.world.circle.id}`, 'group-narrow'); // no page wider than the screen
	const boxes = await page.locator('main .table-wrap').evaluateAll((ws) => ws.map((w) => ({
		scrolls: w.scrollWidth > w.clientWidth + 1,
		members: !!w.querySelector('td.outcome'),
		board: !!w.querySelector('table.board'),
		hint: getComputedStyle(w, '::before').content,
		// the shade at the edge with more: gradients that scroll with the content
		shade: /gradient/.test(getComputedStyle(w).backgroundImage) && /local/.test(getComputedStyle(w).backgroundAttachment),
		width: w.scrollWidth,
	})));
	await expect(boxes.some((b) => b.board) && boxes.some((b) => b.members), 'the commitment board and the members\' table on the page',
		JSON.stringify(boxes));
	for (const b of boxes) {
		if (b.members)
			await expect(!b.scrolls, 'the members\' table to fit the screen', `it is ${b.width} px wide`);
		else if (b.scrolls)
			await expect(b.shade, 'a table that scrolls sideways to show a shade at the edge that has more',
				`a ${b.board ? 'board' : 'table'} ${b.width} px wide without one`);
		if (b.board && b.scrolls)
			await expect(/scroll/i.test(b.hint), 'the board to say it scrolls ("Scroll sideways ...")', `hint ${b.hint}`);
	}
	await expect(boxes.some((b) => b.board && b.scrolls), 'the board to be wider than a phone (what this checks)',
		JSON.stringify(boxes));
	await page.locator('main .table-wrap:has(table.board)').screenshot({ path: `${env.shots}/${env.scenario}-board.png` });
}

// My week with a commitment this week, so its Edit and Delete forms are in
// the accessibility scan: one for the demo's first admin (the scan's
// person), made when the page is first asked for.
function weekWithCommitment(world) {
	if (!world.weekEditA11y) {
		const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
		for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
		execFileSync(world.bin, ['--db', world.db, 'commit', 'add', world.people.admin, 'Read the payout complaints'],
			{ env, stdio: 'ignore' });
		world.weekEditA11y = true;
	}
	return '/';
}

export const pages = [['my-week-commitment', weekWithCommitment]];

export const scenarios = [
	{ name: 'week-edit', title: 'My week: edit a commitment (text, link), then delete it', run: weekEditScenario },
	{ name: 'week-edit-noscript', title: 'the same with JavaScript off, posted by the browser itself', run: weekEditNoScriptScenario },
	{ name: 'week-errors', title: 'a refused form names the control by its label and links to it; an inline error keeps its row level', run: weekErrorLabelScenario },
	{ name: 'week-narrow-group', title: 'a group\'s page at 375 px: the members\' table fits, the board says it scrolls', run: weekNarrowGroupScenario },
];
