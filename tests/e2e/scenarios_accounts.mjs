// scenarios_accounts.mjs — browser scenarios of accounts by email: an
// invitation's link sets a first password, "Forgot your password?" sends
// one that sets a new one (and reads the same for an address nobody has),
// a signed-in person changes their password; each with JavaScript on and
// off. See scenarios.mjs for how they are gathered and run.
//
// Each run works on people of its own. The one-time links are read by
// linkOf from the outbox row the sender would send: the one place to
// change for a run that reads a real SMTP sink.
import { execFileSync } from 'node:child_process';
import {
	button, expect, field, h1, landed, link, newPage, sql as dbSql, submit, visit, where,
} from './steps.mjs';

// The token of the newest link of kind ('invite' or 'reset') queued for
// email, read from the outbox.
function linkOf(world, email, kind) {
	const sql = `SELECT link FROM notifications WHERE kind = 'account.${kind}' AND channel = 'email'
		AND person_id = (SELECT id FROM people WHERE email = '${email}') ORDER BY id DESC LIMIT 1`;
	const row = dbSql(world, sql).trim();
	const m = /^\/password\/set\?token=([A-Za-z0-9_-]{43})$/.exec(row);
	if (!m) throw new Error(`no ${kind} link queued for ${email} (the outbox holds ${JSON.stringify(row)})`);
	return m[1];
}

// The posts a page makes, as "path as resourceType".
function recordPosts(page) {
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	return posts;
}

// Follows a link of <main> by its name.
async function follow(page, name) {
	await (await link(page, page.locator('main'), name)).click();
	await page.waitForLoadState('load');
}

async function mainText(page) {
	return (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
}

// Signs in on /signin with a password of the scenario's own.
async function signInWith(env, page, email, password) {
	await visit(env, page, '/signin', 'signin');
	await (await field(page, page, 'Email')).fill(email);
	await (await field(page, page, 'Password')).fill(password);
	await submit(page, await button(page, page, 'Sign in'));
	await landed(page, /^\/$/, `signing in as ${email} with the new password`);
}

// Opens a link's page and chooses a password there.
async function choosePassword(env, page, token, password, buttonName) {
	await visit(env, page, `/password/set?token=${token}`, 'password-set');
	await (await field(page, page.locator('main'), 'New password')).fill(password);
	await submit(page, await button(page, page.locator('main'), buttonName));
}

async function inviteRun(env, { script, tag }) {
	const email = `acct-invite-${tag}@quillmoor.example`, password = `welcome aboard ${tag}`;
	env.cli(['person', 'add', email, '--name', `Ines Invited ${tag}`]);
	const token = linkOf(env.world, email, 'invite');
	const page = await newPage(env, { script });
	const posts = recordPosts(page);
	// Too short: refused beside the field, the link still works.
	await choosePassword(env, page, token, 'short', 'Set my password');
	const said = await page.locator('.field-error').allTextContents();
	await expect(said.some((t) => /at least 10 characters/.test(t)), `"must be at least 10 characters" beside New password ${await where(page)}`,
		JSON.stringify(said));
	const title = await h1(page);
	await expect(title === 'Welcome: choose your password', 'the invitation page still offered after the refusal', `"${title}"`);
	await choosePassword(env, page, token, password, 'Set my password');
	await landed(page, /^\/password\/done$/, 'choosing a password');
	await follow(page, 'Sign in');
	await landed(page, /^\/signin$/, 'following "Sign in"');
	await signInWith(env, page, email, password);
	// The link worked once.
	await visit(env, page, `/password/set?token=${token}`, 'password-set-used', 410);
	const again = await h1(page);
	await expect(again === 'This link does not work', 'the used link to say "This link does not work"', `"${again}"`);
	if (!script)
		await expect(posts.includes('/password/set as document'), 'the password posted by the browser itself', JSON.stringify(posts));
}

async function forgotRun(env, { script, tag }) {
	const email = `acct-forgot-${tag}@quillmoor.example`, password = `a fresh start ${tag}`;
	env.cli(['person', 'add', email, '--name', `Fran Forgetful ${tag}`, '--no-invite']);
	env.cli(['person', 'password', email, '--password', `the old one ${tag}`]);
	const page = await newPage(env, { script });
	const posts = recordPosts(page);
	const ask = async (address) => {
		await visit(env, page, '/signin', 'signin');
		await follow(page, 'Forgot your password?');
		await landed(page, /^\/password\/forgot$/, 'following "Forgot your password?"');
		await (await field(page, page.locator('main'), 'Email')).fill(address);
		await submit(page, await button(page, page.locator('main'), 'Email me a link'));
		await landed(page, /^\/password\/forgot\/sent$/, `asking for a link for ${address}`);
		return mainText(page);
	};
	const known = await ask(email);
	const unknown = await ask(`nobody-${tag}@quillmoor.example`);
	await expect(known === unknown && known.includes('Check your email'), 'a known and an unknown address to read the same, "Check your email"',
		`known: ${JSON.stringify(known)}; unknown: ${JSON.stringify(unknown)}`);
	await choosePassword(env, page, linkOf(env.world, email, 'reset'), password, 'Set my new password');
	await landed(page, /^\/password\/done$/, 'choosing a new password');
	await signInWith(env, page, email, password);
	if (!script)
		await expect(posts.includes('/password/forgot as document') && posts.includes('/password/set as document'),
			'the forms posted by the browser itself', JSON.stringify(posts));
}

async function changeRun(env, { script, tag }) {
	const email = `acct-change-${tag}@quillmoor.example`, old = `the first one ${tag}`, password = `the second one ${tag}`;
	env.cli(['person', 'add', email, '--name', `Chris Changer ${tag}`, '--no-invite']);
	env.cli(['person', 'password', email, '--password', old]);
	const page = await newPage(env, { script });
	const posts = recordPosts(page);
	await signInWith(env, page, email, old);
	await visit(env, page, '/settings', 'settings');
	await follow(page, 'Change your password');
	await landed(page, /^\/password$/, 'following "Change your password"');
	const main = page.locator('main');
	// The current password wrong: said beside it, nothing changed.
	await (await field(page, main, 'Current password')).fill('not the password at all');
	await (await field(page, main, 'New password')).fill(password);
	await submit(page, await button(page, main, 'Change my password'));
	const said = await page.locator('.field-error').allTextContents();
	await expect(said.some((t) => /is not your current password/.test(t)), `"is not your current password" beside Current password ${await where(page)}`,
		JSON.stringify(said));
	await (await field(page, main, 'Current password')).fill(old);
	await (await field(page, main, 'New password')).fill(password);
	await submit(page, await button(page, main, 'Change my password'));
	await landed(page, /^\/password\/changed$/, 'changing the password');
	// This session stays; a new one needs the new password.
	await visit(env, page, '/', 'my-week');
	const fresh = await newPage(env, { script });
	await signInWith(env, fresh, email, password);
	if (!script)
		await expect(posts.includes('/password as document'), 'the change posted by the browser itself', JSON.stringify(posts));
}

// The link page for the accessibility scan: an invitation of its own.
function scanLink(world) {
	const email = 'acct-scan@quillmoor.example';
	const env = { ...process.env, GRIP_NOW: world.now, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	execFileSync(world.bin, ['--db', world.db, 'person', 'add', email, '--name', 'Sasha Scan'], { env, stdio: 'ignore' });
	return `/password/set?token=${linkOf(world, email, 'invite')}`;
}

export const scenarios = [
	{ name: 'accounts-invite', title: 'an invitation\'s link sets a first password, once; then signing in', run: (env) => inviteRun(env, { script: true, tag: 'js' }) },
	{ name: 'accounts-invite-noscript', title: 'the invitation with JavaScript off', run: (env) => inviteRun(env, { script: false, tag: 'nojs' }) },
	{ name: 'accounts-forgot', title: '"Forgot your password?": the same answer for anyone; the link sets a new password', run: (env) => forgotRun(env, { script: true, tag: 'js' }) },
	{ name: 'accounts-forgot-noscript', title: '"Forgot your password?" with JavaScript off', run: (env) => forgotRun(env, { script: false, tag: 'nojs' }) },
	{ name: 'accounts-change', title: 'changing one\'s password from the settings: the current one checked', run: (env) => changeRun(env, { script: true, tag: 'js' }) },
	{ name: 'accounts-change-noscript', title: 'changing one\'s password with JavaScript off', run: (env) => changeRun(env, { script: false, tag: 'nojs' }) },
];

export const pages = [
	['password-forgot', '/password/forgot'],
	['password-sent', '/password/forgot/sent'],
	['password-set', scanLink],
	['password-done', '/password/done'],
	['password', '/password'],
	['password-changed', '/password/changed'],
];
