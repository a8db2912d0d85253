// scenarios_calendar.mjs — browser scenarios of one's calendar feed: made
// from /calendar (reached from the settings), its address shown once and
// answering text/calendar with the person's check-ins, a new address in
// place of the old, revoking; with JavaScript and without. See
// scenarios.mjs for how they are gathered and run.
//
// Each run works as a person of its own, leading a team of its own with
// one objective in 2026 Q4: nothing another scenario reads.
import { button, expect, h1, landed, link, newPage, signIn, submit, visit, where } from './steps.mjs';

function recordPosts(page) {
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	return posts;
}

// The feed at an address, as a calendar program reads it: no cookie.
async function feed(url) {
	const res = await fetch(url);
	return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

async function shownAddress(page) {
	const code = page.locator('#calendar-url');
	return (await code.count()) === 1 ? (await code.innerText()).trim() : null;
}

async function calendarRun(env, { script, tag }) {
	const email = `cal-${tag}@quillmoor.example`, title = `Calendar lab goal ${tag}`;
	env.cli(['person', 'add', email, '--name', `Cal ${tag}`]);
	env.cli(['person', 'password', email, '--password', env.world.password]);
	env.cli(['unit', 'add', `Calendar lab ${tag}`, '--kind', 'team', '--lead', email]);
	env.cli(['objective', 'add', title, '--cycle', '2026 Q4', '--layer', 'team', '--unit', `Calendar lab ${tag}`, '--status', 'active']);
	const page = await newPage(env, { script });
	const posts = recordPosts(page);
	await signIn(env, page, email);
	// From the settings' "me" section.
	await visit(env, page, '/settings', 'settings');
	await (await link(page, page.locator('main'), 'Your calendar feed')).click();
	await landed(page, /^\/calendar$/, 'following "Your calendar feed"');
	await expect((await h1(page)) === 'Your calendar feed', 'the h1 "Your calendar feed"', await h1(page));
	const main = page.locator('main');
	await expect((await main.innerText()).includes('You have no calendar feed'), 'no feed yet', await where(page));
	// What it would hold, shown before it is made: the person's check-in.
	const holds = await main.locator('section[aria-labelledby="holds"]').innerText();
	await expect(holds.includes(`Check-in: ${title}`), `"What it holds next" to list "Check-in: ${title}"`, holds);
	// Made: its address shown once, answering the person's check-ins.
	await submit(page, await button(page, main, 'Make my calendar feed'));
	await landed(page, /^\/calendar$/, 'making the feed');
	const first = await shownAddress(page);
	await expect(first && /^http:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]+\.ics$/.test(first), 'the new address shown', String(first));
	let got = await feed(first);
	await expect(got.status === 200 && got.type.startsWith('text/calendar') && got.body.startsWith('BEGIN:VCALENDAR\r\n'),
		'the address to answer an iCalendar feed', `${got.status} ${got.type}`);
	await expect(got.body.includes(`SUMMARY:Check-in: ${title}`), `the feed to hold "Check-in: ${title}"`, got.body.slice(0, 300));
	await visit(env, page, '/calendar', 'calendar');
	await expect((await shownAddress(page)) === null, 'the address not shown a second time', await where(page));
	// A new address: the old one stops.
	await submit(page, await button(page, page.locator('main'), 'Give it a new address'));
	await landed(page, /^\/calendar$/, 'a new address');
	const second = await shownAddress(page);
	await expect(second && second !== first, 'another address shown', String(second));
	await expect((await feed(first)).status === 404, 'the old address to answer 404', String((await feed(first)).status));
	await expect((await feed(second)).status === 200, 'the new address to answer', String((await feed(second)).status));
	// Revoked.
	await submit(page, await button(page, page.locator('main'), 'Revoke the feed'));
	await landed(page, /^\/calendar$/, 'revoking the feed');
	await expect((await page.locator('main').innerText()).includes('You have no calendar feed'), 'no feed once revoked', await where(page));
	got = await feed(second);
	await expect(got.status === 404, 'the revoked address to answer 404', String(got.status));
	if (!script)
		await expect(posts.includes('/calendar as document') && posts.includes('/calendar/revoke as document'),
			'the forms posted by the browser itself', JSON.stringify(posts));
}

export const scenarios = [
	{ name: 'calendar', title: 'one\'s calendar feed: made, its address shown once and answering, renewed, revoked',
	  run: (env) => calendarRun(env, { script: true, tag: 'js' }) },
	{ name: 'calendar-noscript', title: 'the calendar feed\'s forms with JavaScript off',
	  run: (env) => calendarRun(env, { script: false, tag: 'nojs' }) },
];

export const pages = [['calendar', '/calendar']];
