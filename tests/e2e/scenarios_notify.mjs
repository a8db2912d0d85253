// scenarios_notify.mjs — browser scenarios of reminders in the app and a
// person's choices of how they arrive; see scenarios.mjs for how they are
// gathered and run.
//
// Each scenario works on a person of its own, whose notifications are
// written straight into the outbox (as the reminder queue writes them),
// so nothing another scenario reads changes.
import { button, expect, field, h1, landed, newPage, signIn, sql, submit, visit, where } from './steps.mjs';

// A person of the scenario's own, able to sign in, with `n` unread
// notifications in the app (the newest last).
function personWithNotices(env, tag, n) {
	const email = `notify-${tag}@quillmoor.example`;
	const p = env.cliJson(['person', 'add', email, '--name', `Nora Notice ${tag}`]);
	env.cli(['person', 'password', email, '--password', env.world.password]);
	const org = env.cliJson(['org', 'show']).id;
	const rows = [];
	for (let i = 1; i <= n; i++)
		rows.push(`(${org}, 'p${p.id}', ${p.id}, 'app', 'checkin.due', 'checkin.due:${i}:2026-W48',`
			+ ` 'Check-in due: Goal ${i} of ${tag}', 'Goal ${i} waits for its check-in.', '/', '2026-11-23T09:0${i}:00Z',`
			+ ` '2026-11-23T09:0${i}:00Z')`);
	if (rows.length)
		sql(env.world, 'INSERT INTO notifications (org_id, recipient, person_id, channel, kind, dedup,'
			+ ` subject, body, link, created_at, sent_at) VALUES ${rows.join(', ')}`);
	return { email, id: p.id };
}

// The navigation's Notifications link, as read aloud.
async function navLink(page) {
	return (await page.locator('header nav a[href="/notifications"]').innerText()).replace(/\s+/g, ' ').trim();
}

async function listRun(env, { script, tag }) {
	const who = personWithNotices(env, tag, 2);
	const page = await newPage(env, { script });
	await signIn(env, page, who.email);
	await visit(env, page, '/settings', 'settings');
	let nav = await navLink(page);
	await expect(nav === 'Notifications 2 unread', 'the navigation to say "Notifications 2 unread"', nav);
	await visit(env, page, '/notifications', 'notifications');
	await expect(await h1(page) === 'Notifications', 'the h1 "Notifications"', await where(page));
	const items = (await page.locator('main ul.notices > li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
	await expect(items.length === 2 && items[0].startsWith(`Check-in due: Goal 2 of ${tag} new`)
		&& items[1].startsWith(`Check-in due: Goal 1 of ${tag} new`),
	'the two notifications, newest first, each marked new', JSON.stringify(items));
	// Seen: read from now on, and the count is gone on the next page.
	await visit(env, page, '/settings', 'settings');
	nav = await navLink(page);
	await expect(nav === 'Notifications', 'the navigation to say "Notifications" with no count once seen', nav);
	const stored = env.cliJson(['--as', who.email, 'notify', 'list']);
	await expect(stored.unread === 0 && stored.items.every((n) => n.read_at), 'both stored as read', JSON.stringify(stored));
	await visit(env, page, '/notifications', 'notifications');
	const news = await page.locator('main ul.notices .badge').count();
	await expect(news === 0, 'no "new" mark on a second visit', `${news}`);
}

async function choicesRun(env, { script, tag }) {
	const who = personWithNotices(env, tag, 0);
	const page = await newPage(env, { script });
	await signIn(env, page, who.email);
	await visit(env, page, '/settings', 'settings');
	const section = page.locator('main section', { has: page.locator('h2#notices') });
	const email = await field(page, section, 'Also send my reminders by email');
	await expect(await email.isChecked(), 'email reminders ticked to begin with', 'unticked');
	await (await field(page, section, 'Bundle my email reminders into one message a week')).check();
	await submit(page, await button(page, section, 'Save my reminders'));
	await landed(page, /^\/settings$/, 'saving the reminders');
	let shown = env.cliJson(['person', 'show', who.email]);
	await expect(shown.notify_email === true && shown.digest === true, 'email on and the weekly digest stored', JSON.stringify(shown));
	// No email at all: both boxes unticked.
	await (await field(page, section, 'Also send my reminders by email')).uncheck();
	await (await field(page, section, 'Bundle my email reminders into one message a week')).uncheck();
	await submit(page, await button(page, section, 'Save my reminders'));
	await landed(page, /^\/settings$/, 'saving the reminders again');
	shown = env.cliJson(['person', 'show', who.email]);
	await expect(shown.notify_email === false && shown.digest === false, 'email off and no digest stored', JSON.stringify(shown));
	const ticked = await (await field(page, section, 'Also send my reminders by email')).isChecked();
	await expect(!ticked, 'the box shown unticked after saving', 'ticked');
}

async function remindHourRun(env, { script }) {
	const page = await newPage(env, { script });
	try {
		await signIn(env, page, env.world.people.admin);
		await visit(env, page, '/settings', 'settings');
		const main = page.locator('main');
		const select = await field(page, main, 'Reminders go out from');
		await select.selectOption('7');
		await submit(page, await button(page, main, 'Save settings'));
		await landed(page, /^\/settings$/, 'saving the settings');
		const org = env.cliJson(['org', 'show']);
		await expect(org.remind_hour === 7, 'the remind hour stored as 7', JSON.stringify(org));
		const shown = await (await field(page, page.locator('main'), 'Reminders go out from')).inputValue();
		await expect(shown === '7', 'the form showing 07:00', shown);
	} finally {
		env.cli(['org', 'edit', '--remind-hour', '9']);
	}
}

export const pages = [['notifications', '/notifications']];

export const scenarios = [
	{ name: 'notify-list', title: 'notifications listed newest first, the unread count in the navigation, read once seen', run: (env) => listRun(env, { script: true, tag: 'a' }) },
	{ name: 'notify-list-noscript', title: 'the same with JavaScript off', run: (env) => listRun(env, { script: false, tag: 'b' }) },
	{ name: 'notify-choices', title: 'a person chooses email reminders and a weekly digest in Settings', run: (env) => choicesRun(env, { script: true, tag: 'c' }) },
	{ name: 'notify-choices-noscript', title: 'the same with JavaScript off', run: (env) => choicesRun(env, { script: false, tag: 'd' }) },
	{ name: 'notify-remind-hour', title: "an admin sets the hour of the org's day reminders go out from", run: (env) => remindHourRun(env, { script: false }) },
];
