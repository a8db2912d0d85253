// scenarios_settings.mjs — browser scenarios of the organisation's
// settings, a unit's controls and a person's leaving; see scenarios.mjs
// for how they are gathered and run.
//
// The world is shared: the week-start scenarios change the organisation's
// time zone and week start and set them back before they end (whatever
// happens), and the others work on a unit and people of their own.
import {
	button, choose, expect, failure, field, h1, landed, newPage, signIn, submit, visit, where,
} from './steps.mjs';

// My week's dates line, under its h1.
async function weekLine(env, page) {
	await visit(env, page, '/', 'my-week');
	const title = await h1(page);
	const dates = (await page.locator('main .page-head p.muted').first().innerText()).trim();
	return { title, dates };
}

// The posts a page makes, as "path as resourceType".
function recordPosts(page) {
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	return posts;
}

async function saveSettings(page, { tz, day }) {
	const main = page.locator('main');
	if (tz) await (await field(page, main, 'Time zone')).fill(tz);
	if (day) await choose(page, await field(page, main, 'Week starts on'), new RegExp(`^${day}$`), 'Week starts on');
	await submit(page, await button(page, main, 'Save settings'));
}

async function weekStartRun(env, { script }) {
	const page = await newPage(env, { script });
	const posts = recordPosts(page);
	try {
		await signIn(env, page, env.world.people.admin);
		await visit(env, page, '/settings', 'settings');
		// A zone that is not one: refused, said beside the field, nothing changed.
		await saveSettings(page, { tz: 'Mars/Olympus' });
		const said = await page.locator('.field-error').allTextContents();
		await expect(said.some((t) => /not a time zone/.test(t)), `the refusal of "Mars/Olympus" beside the Time zone field ${await where(page)}`,
			JSON.stringify(said));
		await expect(env.cliJson(['org', 'show']).timezone === 'UTC', 'the time zone still UTC after the refusal', env.cliJson(['org', 'show']).timezone);
		// Los Angeles: at midnight UTC on Monday 23 November it is still
		// Sunday 22 there, so this week is the one before.
		await saveSettings(page, { tz: 'America/Los_Angeles', day: 'Monday' });
		await landed(page, /^\/settings$/, 'saving the settings');
		let w = await weekLine(env, page);
		await expect(w.title.includes('2026-W47') && w.dates === 'Monday 16 November to Sunday 22 November 2026',
			'My week in Los Angeles to be 2026-W47, "Monday 16 November to Sunday 22 November 2026"', `${w.title}; ${w.dates}`);
		// The week starting on Sunday: Sunday 22 to Saturday 28, filed as W48.
		await visit(env, page, '/settings', 'settings');
		await saveSettings(page, { day: 'Sunday' });
		w = await weekLine(env, page);
		await expect(w.title.includes('2026-W48') && w.dates === 'Sunday 22 November to Saturday 28 November 2026',
			'My week starting on Sunday to be 2026-W48, "Sunday 22 November to Saturday 28 November 2026"', `${w.title}; ${w.dates}`);
		// Back as it was, through the form.
		await visit(env, page, '/settings', 'settings');
		await saveSettings(page, { tz: 'UTC', day: 'Monday' });
		w = await weekLine(env, page);
		await expect(w.dates === 'Monday 23 November to Sunday 29 November 2026', 'My week back to Monday 23 to Sunday 29 November',
			w.dates);
		if (!script)
			await expect(posts.includes('/settings as document'), 'the settings posted by the browser itself', JSON.stringify(posts));
	} finally {
		env.cli(['org', 'edit', '--timezone', 'UTC', '--week-start', '1']);
	}
}

// A team of the scenario's own, with a person to lead it.
function labUnit(env, tag) {
	const lead = `lab-lead-${tag}@quillmoor.example`;
	env.cli(['person', 'add', lead, '--name', `Lab Lead ${tag}`]);
	const unit = env.cliJson(['unit', 'add', `Settings lab ${tag}`, '--kind', 'team']);
	return { unit, lead };
}

async function unitEditRun(env, { script, tag }) {
	const { unit, lead } = labUnit(env, tag);
	const page = await newPage(env, { script });
	const posts = recordPosts(page);
	await signIn(env, page, env.world.people.admin);
	await visit(env, page, `/units/${unit.id}`, 'unit');
	const main = page.locator('main');
	// A name another unit has: refused beside the field, nothing changed.
	await (await field(page, main, 'Name')).fill('Mobile');
	await submit(page, await button(page, main, 'Save changes'));
	const said = await page.locator('.field-error').allTextContents();
	await expect(said.some((t) => /exists already/.test(t)), `"a unit named Mobile exists already" beside Name ${await where(page)}`, JSON.stringify(said));
	await expect(env.cliJson(['unit', 'show', unit.name]).name === unit.name, 'the unit unchanged after the refusal', 'it changed');
	// The new name and the lead.
	const renamed = `Settings lab ${tag} renamed`;
	await (await field(page, main, 'Name')).fill(renamed);
	await choose(page, await field(page, main, 'Lead'), new RegExp(`^Lab Lead ${tag}`), 'Lead');
	await submit(page, await button(page, main, 'Save changes'));
	await landed(page, new RegExp(`^/units/${unit.id}$`), 'saving the unit');
	const title = await h1(page);
	await expect(title === renamed, `the unit's h1 to be "${renamed}"`, `"${title}"`);
	const facts = (await main.locator('dl.facts').first().innerText()).replace(/\s+/g, ' ');
	await expect(facts.includes(`Lab Lead ${tag}`), `the unit's lead to be Lab Lead ${tag}`, facts);
	const stored = env.cliJson(['unit', 'show', renamed]);
	const leadId = env.cliJson(['person', 'show', lead]).id;
	await expect(stored.lead_id === leadId, 'the lead stored', JSON.stringify(stored));
	if (!script)
		await expect(posts.includes(`/units/${unit.id} as document`), 'the unit posted by the browser itself', JSON.stringify(posts));
}

async function leaveRun(env, { script, tag }) {
	const email = `leaver-${tag}@quillmoor.example`, name = `Lee Leaver ${tag}`;
	env.cli(['person', 'add', email, '--name', name]);
	env.cli(['person', 'password', email, '--password', env.world.password]);
	// The person is signed in in a browser of their own.
	const theirs = await newPage(env, { script });
	await signIn(env, theirs, email);
	// The admin records the leaving from the person's row.
	const page = await newPage(env, { script });
	const posts = recordPosts(page);
	await signIn(env, page, env.world.people.admin);
	await visit(env, page, '/admin', 'admin');
	const row = page.locator('#people tr', { hasText: email });
	await row.locator('summary').click(); // "Change NAME", folded
	await submit(page, await button(page, row, 'Mark as left'));
	await landed(page, /^\/admin$/, 'marking a person as left');
	const status = (await page.locator('#people tr', { hasText: email }).innerText()).replace(/\s+/g, ' ');
	await expect(/left on 2026-11-23/.test(status), `${name}'s row to say "left on 2026-11-23"`, status);
	// Their open session is over: My week sends them to sign in.
	await theirs.goto(env.world.base + '/');
	await landed(theirs, /^\/signin$/, `${email} loading My week after leaving`);
	// And they cannot sign in again.
	await (await field(theirs, theirs, 'Email')).fill(email);
	await (await field(theirs, theirs, 'Password')).fill(env.world.password);
	await submit(theirs, await button(theirs, theirs, 'Sign in'));
	if (/^\/$/.test(new URL(theirs.url()).pathname)) failure(`${email} NOT to sign in after leaving`, 'they landed on My week');
	if (!script)
		await expect(posts.some((p) => /^\/admin\/people\/\d+\/leave as document$/.test(p)), 'the leaving posted by the browser itself',
			JSON.stringify(posts));
}

export const pages = [['settings', '/settings']];

export const scenarios = [
	{ name: 'settings-week', title: "the org's time zone and week start change, and My week's dates follow", run: (env) => weekStartRun(env, { script: true }), limit: 40000 },
	{ name: 'settings-week-noscript', title: 'the same with JavaScript off', run: (env) => weekStartRun(env, { script: false }), limit: 40000 },
	{ name: 'unit-edit', title: "a unit's name and lead are changed on its page", run: (env) => unitEditRun(env, { script: true, tag: 'a' }) },
	{ name: 'unit-edit-noscript', title: 'the same with JavaScript off', run: (env) => unitEditRun(env, { script: false, tag: 'b' }) },
	{ name: 'person-leaves', title: 'a person who leaves is signed out and cannot sign in', run: (env) => leaveRun(env, { script: true, tag: 'a' }) },
	{ name: 'person-leaves-noscript', title: 'the same with JavaScript off', run: (env) => leaveRun(env, { script: false, tag: 'b' }) },
];
