// scenarios_clock.mjs — browser scenarios of one area of the pages; see
// scenarios.mjs for how they are gathered and run. My week's "Due now"
// (the core's list of what is due, each with the link that acts on it),
// and an objective's check-in cadence chosen on its edit form, with and
// without JavaScript.
//
// Each scenario has a person of its own, added to Payments with the CLI,
// and an objective of that person's, so that no other scenario reads what
// these change.
import { button, choose, expect, failure, field, landed, newPage, sectionText, signIn, submit, visit, where } from './steps.mjs';

const PAYMENTS = 'Payments';

// A person of this area's own in Payments, with an active objective of
// their own in 2026 Q4 (no check-in yet). Returns { email, objective }.
function preparePerson(env, tag) {
	const email = `clock-${tag}@quillmoor.example`;
	env.cli(['person', 'add', email, '--name', `Cleo ${tag}`]);
	env.cli(['member', 'add', PAYMENTS, email]);
	env.cli(['person', 'password', email, '--password', env.world.password]);
	const objective = env.cliJson(['objective', 'add', `Payout questions answered the same day (${tag})`, '--cycle', '2026 Q4',
		'--layer', 'individual', '--unit', PAYMENTS, '--owner', email, '--status', 'active']);
	return { email, objective };
}

// "Due now" lists what the core lists, in its order, each linking to the
// page that acts on it; following the check-in's link opens that page.
async function dueNowScenario(env) {
	const who = preparePerson(env, 'due');
	const week = env.cliJson(['commit', 'list', '--email', who.email]); // none yet
	if (week.length) failure('a person with no commitments', JSON.stringify(week));
	// Last week's commitment, left open: due to close.
	const due0 = env.cliJson(['--as', who.email, 'due']);
	const thisWeek = due0.find((d) => d.kind === 'checkin.due')?.period;
	if (!thisWeek) failure(`a check-in due from ${who.email}`, JSON.stringify(due0));
	const [y, w] = thisWeek.split('-W').map(Number);
	const lastWeek = w > 1 ? `${y}-W${String(w - 1).padStart(2, '0')}` : `${y - 1}-W52`;
	env.cli(['--as', who.email, 'commit', 'add', who.email, 'Answer the payout backlog', '--week', lastWeek]);
	const due = env.cliJson(['--as', who.email, 'due']);
	const page = await newPage(env);
	await signIn(env, page, who.email);
	const section = await sectionText(page, /^Due now$/);
	await expect(section !== null, `a "Due now" section on My week ${await where(page)}`, 'none');
	const items = await page.locator('main ul.due-now > li').evaluateAll((lis) => lis.map((li) => ({
		kind: li.dataset.kind, href: li.querySelector('a')?.getAttribute('href'), text: li.textContent.trim(),
	})));
	await expect(JSON.stringify(items.map((i) => [i.kind, i.href])) === JSON.stringify(due.map((d) => [d.kind, d.link])),
		'the items of `grip due`, in its order, with its links', `the page lists ${JSON.stringify(items)}; grip due ${JSON.stringify(due)}`);
	await expect(items.some((i) => i.kind === 'commitment.close' && i.text.includes('Answer the payout backlog')),
		'last week\'s open commitment among them', JSON.stringify(items));
	// The page's other lists still show.
	const checkins = await sectionText(page, /^Check-ins due$/);
	await expect(checkins && checkins.includes(who.objective.title), 'the objective under "Check-ins due" too', JSON.stringify(checkins));
	await page.locator(`main ul.due-now a[href="/objectives/${who.objective.id}/checkin"]`).click();
	await landed(page, new RegExp(`^/objectives/${who.objective.id}/checkin$`), 'following "Check in on" from Due now');
}

// Sets the cadence on the objective's edit page and checks the page and
// the stored objective. With script false, the form posts as a page load.
async function cadenceEdit(env, { script }) {
	const who = preparePerson(env, script ? 'cadence' : 'cadence-noscript');
	const page = await newPage(env, { script });
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	await signIn(env, page, who.email);
	await visit(env, page, `/objectives/${who.objective.id}/edit`, 'objective-edit');
	const select = await field(page, page, 'Check-ins');
	await expect(await select.inputValue() === 'weekly', 'the cadence "weekly" chosen at first', await select.inputValue());
	await choose(page, select, /every two weeks/, 'Check-ins');
	await submit(page, await button(page, page, 'Save changes'));
	await landed(page, new RegExp(`^/objectives/${who.objective.id}$`), 'saving the cadence');
	const facts = await page.locator('main dl.facts').first().innerText();
	await expect(/Check-ins\s+every two weeks/.test(facts), 'the objective\'s page to say "Check-ins: every two weeks"', JSON.stringify(facts));
	const stored = env.cliJson(['objective', 'show', String(who.objective.id)]);
	await expect(stored.cadence === 'fortnightly', 'the objective stored as fortnightly', stored.cadence);
	if (!script) {
		const want = `/objectives/${who.objective.id}/edit as document`;
		await expect(posts.includes(want), `the edit posted by the browser itself (${want})`, `posts ${JSON.stringify(posts)}`);
	}
	// The form for a new objective offers the cadence too, weekly first.
	await visit(env, page, '/objectives/new?layer=individual', 'objective-new-cadence');
	const fresh = await field(page, page, 'Check-ins');
	const options = await fresh.locator('option').allTextContents();
	await expect(JSON.stringify(options) === JSON.stringify(['every week', 'every two weeks', 'every month']) &&
		await fresh.inputValue() === 'weekly', 'the three cadences on the new objective form, weekly chosen',
	`${JSON.stringify(options)}, chosen ${await fresh.inputValue()}`);
}

export const pages = [];

export const scenarios = [
	{ name: 'clock-due-now', title: 'My week: "Due now" lists what grip due lists, with links that act on it', run: dueNowScenario },
	{ name: 'clock-cadence', title: 'an objective\'s check-in cadence chosen on its edit page', run: (env) => cadenceEdit(env, { script: true }) },
	{ name: 'clock-cadence-noscript', title: 'the same with JavaScript off, posted by the browser itself', run: (env) => cadenceEdit(env, { script: false }) },
];
