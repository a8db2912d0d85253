// scenarios_approvals.mjs — browser scenarios of reviews: a lead returns a
// proposal with a comment from /approvals, its owner reads the comment on
// the objective and on My week, and the lead approves it once proposed
// again; a group's lead reviews a member's outcome, offers the outcome
// prompt, adds a member and records a member's leaving from the group's
// page. Each with JavaScript on and off. See scenarios.mjs for how they
// are gathered and run; each prepares its own people, units and
// objectives with env.cli, and touches nothing another scenario reads.
import { execFileSync } from 'node:child_process';
import {
	button, choose, expect, field, h1, landed, newPage, sectionText, signIn, submit, visit, where,
} from './steps.mjs';

// grip on the world's database, for what the accessibility scan needs
// before any scenario of this file has run.
function grip(world, args) {
	const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	return execFileSync(world.bin, ['--db', world.db, ...args], { env, encoding: 'utf8' });
}

// A group with a programme and a member whose outcome waits for review.
function prepareGroup(run, { name, lead, members, outcome }) {
	run(['unit', 'add', name, '--kind', 'group', '--lead', lead, '--private']);
	for (const m of members) run(['member', 'add', name, m, '--joined', '2026-11-16']);
	run(['cycle', 'add', `${name} programme`, '--kind', 'programme', '--unit', name, '--from', '2026-11-16', '--weeks', '6']);
	const o = JSON.parse(run(['--as', members[0], 'objective', 'add', outcome, '--cycle', `${name} programme`, '--layer', 'member',
		'--owner', members[0], '--status', 'proposed', '--json']));
	const units = JSON.parse(run(['unit', 'list', '--json']));
	return { id: units.find((u) => u.name === name).id, outcome: o.id };
}

export const pages = [
	['approvals', (world) => {
		world.readingCircle = prepareGroup((args) => grip(world, args), {
			name: 'Reading circle', lead: 'tariq@quillmoor.example', members: ['ines@quillmoor.example'],
			outcome: 'By January I read one book a month and talk about it',
		});
		return '/approvals';
	}],
	['group-as-lead', (world) => `/groups/${world.readingCircle.id}`],
];

const password = (env, email) => env.cli(['person', 'password', email, '--password', env.world.password]);

// The card of /approvals that holds the item titled `title`.
const card = (page, title) => page.locator('main li.card').filter({ has: page.getByRole('link', { name: title, exact: true }) });

async function reviewFlow(env, { script, lead, owner, title }) {
	for (const p of [lead, owner]) password(env, p);
	const o = env.cliJson(['--as', owner, 'objective', 'add', title, '--cycle', '2026 Q4', '--layer', 'individual', '--unit', 'Payments',
		'--owner', owner, '--status', 'proposed']);
	const comment = `Say how you will know it worked (${script ? 'js' : 'no js'})`;

	// The lead: the item waits on /approvals; returning needs a comment.
	const page = await newPage(env, { script });
	await signIn(env, page, lead);
	const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Approvals/ });
	const navText = (await nav.textContent()).trim();
	await expect(/^Approvals \d+$/.test(navText), 'the navigation\'s Approvals link with the count waiting', `"${navText}"`);
	await visit(env, page, '/approvals', 'approvals');
	let item = card(page, title);
	await submit(page, await button(page, item, `Return with comment: “${title}”`));
	item = card(page, title);
	const alert = (await item.getByRole('alert').allTextContents()).join(' ');
	await expect(/What to change: is required/.test(alert), 'returning without a comment refused, said beside the item', `the item's alert reads "${alert}" ${await where(page)}`);
	await expect(env.cliJson(['objective', 'show', String(o.id)]).status === 'proposed', 'the refused return to change nothing', 'it changed');
	await (await field(page, item, 'What to change')).fill(comment);
	await submit(page, await button(page, item, `Return with comment: “${title}”`));
	await landed(page, /^\/approvals$/, 'returning it');
	await expect(await card(page, title).count() === 0, 'the returned item gone from /approvals', 'it is still there');

	// The owner reads the comment on My week and on the objective.
	const mine = await newPage(env, { script });
	await signIn(env, mine, owner);
	const week = await sectionText(mine, /^Returned to you$/);
	await expect(week && week.includes(title) && week.includes(comment), `My week's "Returned to you" to hold "${title}" and the comment`,
		`it reads ${JSON.stringify(week)}`);
	await visit(env, mine, `/objectives/${o.id}`, 'returned-objective');
	const review = await sectionText(mine, /^Review$/);
	await expect(review && review.includes(comment) && review.includes('returned for changes'), 'the objective\'s page to show the lead\'s comment',
		`its Review section reads ${JSON.stringify(review)}`);
	await expect(await mine.getByRole('button', { name: /^Approve/ }).count() === 0, 'no Approve button for the owner', 'there is one');

	// Proposed again, the lead approves it from /approvals.
	env.cli(['--as', owner, 'objective', 'status', String(o.id), 'proposed']);
	await visit(env, page, '/approvals', 'approvals-again');
	item = card(page, title);
	await expect((await item.textContent()).includes(comment), 'the item to show its last review', 'it does not');
	await submit(page, await button(page, item, `Approve “${title}”`));
	await landed(page, /^\/approvals$/, 'approving it');
	const after = env.cliJson(['objective', 'show', String(o.id)]);
	await expect(after.status === 'approved', `objective ${o.id} approved`, after.status);
}

async function groupLeadFlow(env, { script, tag, lead, members, joiner }) {
	const name = `Writing circle ${tag}`;
	const outcome = `By February I write five hundred words a day (${tag})`;
	const g = prepareGroup(env.cli, { name, lead, members, outcome });
	password(env, lead);
	const page = await newPage(env, { script });
	await signIn(env, page, lead);
	await visit(env, page, `/groups/${g.id}`, 'group-as-lead');
	await expect((await h1(page)) === name, `the group's page of ${name}`, await h1(page));
	const tools = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Running the group', exact: true }) });

	// Review the member's outcome: approve it.
	await submit(page, await button(page, tools, `Approve “${outcome}”`));
	await landed(page, new RegExp(`^/groups/${g.id}$`), 'approving the outcome');
	await expect(env.cliJson(['objective', 'show', String(g.outcome)]).status === 'approved', 'the outcome approved', 'it is not');

	// Offer the outcome prompt.
	await submit(page, await button(page, tools, 'Offer the prompt'));
	await landed(page, new RegExp(`^/groups/${g.id}$`), 'offering the prompt');
	await expect(/offered/.test(env.cli(['group', 'prompt', name])) && env.cliJson(['group', 'prompt', name]).offered === true,
		'the prompt offered', 'it is not');

	// Add a member from the chooser.
	await choose(page, await field(page, tools, 'Person to add'), (o) => o.label.includes(joiner), 'Person to add');
	await submit(page, await button(page, tools, 'Add member'));
	await landed(page, new RegExp(`^/groups/${g.id}$`), 'adding a member');

	// Record that the second member left, and why.
	const why = `Moved to the night shift (${tag})`;
	const leaver = String(env.cliJson(['person', 'show', members[1]]).id);
	await choose(page, await field(page, tools, 'Member who left'), (o) => o.value === leaver, 'Member who left');
	await (await field(page, tools, 'Why they left')).fill(why);
	await submit(page, await button(page, tools, 'Record leaving'));
	await landed(page, new RegExp(`^/groups/${g.id}$`), 'recording the leaving');
	if (script) {
		// Set up the next programme: a refused length is said at the form.
		const next = `${name} spring`;
		await (await field(page, tools, 'Programme name')).fill(next);
		await (await field(page, tools, 'First day')).fill('2027-01-11');
		await (await field(page, tools, 'Weeks')).fill('0');
		await submit(page, await button(page, tools, 'Set up programme'));
		const said = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
		await expect(/Weeks: must be a whole number of weeks from 1 to 104/.test(said), 'a programme of 0 weeks refused, with the field named',
			`the page reads ${JSON.stringify(said.slice(0, 300))} ${await where(page)}`);
		await (await field(page, tools, 'Weeks')).fill('8');
		await submit(page, await button(page, tools, 'Set up programme'));
		await landed(page, new RegExp(`^/groups/${g.id}$`), 'setting up a programme');
		const c = env.cliJson(['cycle', 'show', next]);
		await expect(c.kind === 'programme' && c.weeks === 8 && c.starts_on === '2027-01-11', `programme ${next}: 8 weeks from 2027-01-11`, JSON.stringify(c));

		// A member of the group sees none of this.
		password(env, members[0]);
		const member = await newPage(env, { script });
		await signIn(env, member, members[0]);
		await visit(env, member, `/groups/${g.id}`, 'group-as-member');
		await expect(await member.getByRole('heading', { name: 'Running the group' }).count() === 0,
			'no "Running the group" for a member', 'it is there');
	}
	const unit = env.cli(['unit', 'show', name]);
	const left = unit.split('\n').find((l) => l.startsWith(members[1]));
	const joined = unit.split('\n').find((l) => l.startsWith(joiner));
	await expect(left && left.includes('2026-11-23') && left.includes(why), `${members[1]} left on 2026-11-23 with the reason`, `the unit reads:\n${unit}`);
	await expect(!!joined, `${joiner} now in ${name}`, `the unit reads:\n${unit}`);
}

export const scenarios = [
	{ name: 'approvals', title: 'a lead returns a proposal with a comment, the owner reads it, the lead approves it again proposed',
		run: (env) => reviewFlow(env, { script: true, lead: 'jonas@quillmoor.example', owner: 'kenji@quillmoor.example',
			title: 'Kenji learns to profile the payment service' }) },
	{ name: 'approvals-noscript', title: 'the same review with JavaScript off',
		run: (env) => reviewFlow(env, { script: false, lead: 'jonas@quillmoor.example', owner: 'ruth@quillmoor.example',
			title: 'Ruth writes the refunds runbook' }) },
	{ name: 'group-lead', title: 'a group\'s lead approves an outcome, offers the prompt, adds a member, records a leaving with its reason',
		run: (env) => groupLeadFlow(env, { script: true, tag: 'A', lead: 'femi@quillmoor.example',
			members: ['sam@quillmoor.example', 'theo@quillmoor.example'], joiner: 'greta@quillmoor.example' }) },
	{ name: 'group-lead-noscript', title: 'the group\'s lead\'s tools with JavaScript off',
		run: (env) => groupLeadFlow(env, { script: false, tag: 'B', lead: 'ravi@quillmoor.example',
			members: ['sofia@quillmoor.example', 'amara@quillmoor.example'], joiner: 'clara@quillmoor.example' }) },
];
