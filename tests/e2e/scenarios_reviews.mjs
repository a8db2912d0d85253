// scenarios_reviews.mjs — browser scenarios of the mid-cycle review: a
// team's lead finds three reviews due on /reviews (linked from the
// navigation), is refused a review without a reason (nothing changes),
// then adjusts one objective (its title, a key result's target and
// weight), keeps one and drops one from the review form; the objective's
// page lists the review with before and after, and nothing is due any
// more. With JavaScript on and off. See scenarios.mjs for how they are
// gathered and run; each prepares its own lead, team and objectives with
// env.cli, and touches nothing another scenario reads.
import { execFileSync } from 'node:child_process';
import { button, expect, field, h1, landed, newPage, sectionText, signIn, submit, visit, where } from './steps.mjs';

// grip on the world's database, for what the accessibility scan needs
// before any scenario of this file has run.
function grip(world, args) {
	const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	return execFileSync(world.bin, ['--db', world.db, ...args], { env, encoding: 'utf8' });
}

// A team led by a new person, with three active objectives of the running
// quarter (past its mid-point on the world's day), each with a key result.
function prepareTeam(run, tag, password) {
	const lead = `review-lead-${tag.toLowerCase()}@quillmoor.example`;
	run(['person', 'add', lead, '--name', `Rhea ${tag}`]);
	run(['person', 'password', lead, '--password', password]);
	const unit = `Review team ${tag}`;
	run(['unit', 'add', unit, '--kind', 'team', '--lead', lead]);
	const add = (title, kr) => {
		const o = JSON.parse(run(['--as', lead, 'objective', 'add', title, '--cycle', '2026 Q4', '--layer', 'team', '--unit', unit,
			'--status', 'active', '--json']));
		const k = JSON.parse(run(['--as', lead, 'kr', 'add', String(o.id), kr, '--baseline', '0', '--target', '100', '--weight', '2', '--json']));
		return { id: o.id, title, kr: k.id };
	};
	return {
		lead, unit,
		keep: add(`Shops answer within an hour (${tag})`, `Shops answering within an hour (${tag})`),
		adjust: add(`Every shop books online (${tag})`, `Shops booking online (${tag})`),
		drop: add(`A tablet app for shops (${tag})`, `Tablet beta testers (${tag})`),
	};
}

export const pages = [
	['reviews', (world) => {
		world.reviewTeam = prepareTeam((args) => grip(world, args), 'Scan', world.password);
		return '/reviews';
	}],
	['review-form', (world) => `/objectives/${world.reviewTeam.adjust.id}/reviews/new`],
];

// The row of /reviews for the objective titled `title`.
const row = (page, title) => page.locator('main tr').filter({ has: page.getByRole('link', { name: title, exact: true }) });

async function review(env, page, o, { decision, reason, fill = {} }) {
	await visit(env, page, `/objectives/${o.id}/reviews/new`, 'review-form');
	await expect((await h1(page)) === `Review: ${o.title}`, `the review form of "${o.title}"`, await h1(page));
	await page.getByLabel('Decision', { exact: true }).selectOption(decision);
	if (reason !== undefined) await (await field(page, page, 'Reason')).fill(reason);
	for (const [label, value] of Object.entries(fill)) {
		const set = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: `Key result ${o.kr}:` }) });
		const scope = label === 'New title' ? page.locator('form') : set;
		const control = label === 'New title' ? scope.getByLabel(label, { exact: true }).first() : scope.getByLabel(label, { exact: true });
		await control.fill(value);
	}
	await submit(page, await button(page, page, 'Record the review'));
}

async function reviewFlow(env, { script, tag }) {
	const t = prepareTeam(env.cli, tag, env.world.password);
	const page = await newPage(env, { script });
	await signIn(env, page, t.lead);

	// Three reviews due, linked from the navigation.
	const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true });
	await expect(await nav.count() === 1, 'the navigation links to Reviews for a lead', 'it does not');
	await visit(env, page, '/reviews', 'reviews');
	for (const o of [t.keep, t.adjust, t.drop])
		await expect(await row(page, o.title).count() === 1, `"${o.title}" due on /reviews`, `it is not ${await where(page)}`);

	// No reason: refused, said at the form, and nothing changed.
	await review(env, page, t.adjust, { decision: 'adjust', fill: { 'New target': '80' } });
	const said = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
	await expect(/Reason: must not be empty/.test(said), 'a review without a reason refused, naming the Reason field',
		`the page reads ${JSON.stringify(said.slice(0, 300))} ${await where(page)}`);
	const untouched = env.cliJson(['kr', 'show', String(t.adjust.kr)]);
	await expect(untouched.target === 100 && env.cliJson(['review', 'list', String(t.adjust.id)]).length === 0,
		'the refused review to change nothing', JSON.stringify(untouched));

	// Adjust: a new title, target and weight, with before and after.
	const title = `Most shops book online (${tag})`;
	await review(env, page, t.adjust, { decision: 'adjust', reason: `Every shop is out of reach this quarter (${tag})`,
		fill: { 'New title': title, 'New target': '80', 'New weight': '1' } });
	await landed(page, new RegExp(`^/objectives/${t.adjust.id}$`), 'recording the adjustment');
	const section = await sectionText(page, /^Mid-cycle reviews$/);
	await expect(section && section.includes('adjusted') && section.includes('100 → 80') && section.includes('2 → 1') &&
		section.includes(`“${t.adjust.title}” → “${title}”`), 'the objective\'s page to list the review with before and after',
	`its section reads ${JSON.stringify(section)}`);
	const kr = env.cliJson(['kr', 'show', String(t.adjust.kr)]);
	const o = env.cliJson(['objective', 'show', String(t.adjust.id)]);
	await expect(kr.target === 80 && kr.weight === 1 && o.title === title, 'the title, target and weight changed',
		`${o.title}: target ${kr.target}, weight ${kr.weight}`);

	// Keep one, drop one.
	await review(env, page, t.keep, { decision: 'keep', reason: `On track (${tag})` });
	await landed(page, new RegExp(`^/objectives/${t.keep.id}$`), 'keeping it');
	await review(env, page, t.drop, { decision: 'drop', reason: `Tablets wait for next quarter (${tag})` });
	await landed(page, new RegExp(`^/objectives/${t.drop.id}$`), 'dropping it');
	await expect(env.cliJson(['objective', 'show', String(t.drop.id)]).status === 'dropped', 'the objective dropped', 'it is not');
	const kept = env.cliJson(['review', 'list', String(t.keep.id)]);
	await expect(kept.length === 1 && kept[0].label === 'kept', 'the keep recorded', JSON.stringify(kept));

	// A member of the team has no review to make: no link, and the form
	// says why instead of offering what the server would refuse.
	if (script) {
		const member = `review-member-${tag.toLowerCase()}@quillmoor.example`;
		env.cli(['person', 'add', member, '--name', `Mo ${tag}`]);
		env.cli(['person', 'password', member, '--password', env.world.password]);
		env.cli(['member', 'add', t.unit, member]);
		const other = await newPage(env, { script });
		await signIn(env, other, member);
		const links = other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true });
		await expect(await links.count() === 0, 'no Reviews link for a member', 'there is one');
		await visit(env, other, `/objectives/${t.keep.id}`, 'reviewed-objective');
		const list = await sectionText(other, /^Mid-cycle reviews$/);
		await expect(list && list.includes('kept') && list.includes(`On track (${tag})`), 'a member reads the review',
			`the section reads ${JSON.stringify(list)}`);
		await expect(await other.getByRole('link', { name: /^Review “/ }).count() === 0, 'no link to the review form for a member', 'there is one');
		await visit(env, other, `/objectives/${t.keep.id}/reviews/new`, 'review-form-member');
		await expect(await other.getByRole('button', { name: 'Record the review' }).count() === 0 &&
			/only a lead of its unit/i.test(await other.locator('main').innerText()), 'the form refused to a member, saying why',
		await where(other));
	}

	// Nothing of the team is due any more.
	await visit(env, page, '/reviews', 'reviews-after');
	for (const o of [t.keep, t.adjust, t.drop])
		await expect(await row(page, o.title).count() === 0, `"${o.title}" no longer due`, `it is ${await where(page)}`);
}

export const scenarios = [
	{ name: 'reviews', title: 'a lead keeps, adjusts (title, target, weight) and drops objectives at the mid-point',
		run: (env) => reviewFlow(env, { script: true, tag: 'A' }) },
	{ name: 'reviews-noscript', title: 'the same mid-cycle review with JavaScript off',
		run: (env) => reviewFlow(env, { script: false, tag: 'B' }) },
];
