// scenarios_deliver.mjs — browser scenarios of a unit's chat webhook: its
// lead sets it in the unit's "Change this unit" form, a URL that is not
// http(s) is refused beside the field with nothing changed, the lead
// removes it by emptying the field, and a member of the unit sees no such
// field (the address is a secret). With JavaScript on and off. See
// scenarios.mjs for how they are gathered and run; each works on a unit
// and people of its own.
import { button, expect, field, landed, newPage, signIn, submit, visit, where } from './steps.mjs';

// The posts a page makes, as "path as resourceType".
function recordPosts(page) {
	const posts = [];
	page.on('request', (r) => { if (r.method() === 'POST') posts.push(`${new URL(r.url()).pathname} as ${r.resourceType()}`); });
	return posts;
}

async function webhookRun(env, { script, tag }) {
	const lead = `hook-lead-${tag}@quillmoor.example`, member = `hook-member-${tag}@quillmoor.example`;
	for (const [email, name] of [[lead, `Hook Lead ${tag}`], [member, `Hook Member ${tag}`]]) {
		env.cli(['person', 'add', email, '--name', name]);
		env.cli(['person', 'password', email, '--password', env.world.password]);
	}
	const unit = env.cliJson(['unit', 'add', `Webhook lab ${tag}`, '--kind', 'team', '--lead', lead]);
	env.cli(['member', 'add', unit.name, member]);
	const stored = () => env.cliJson(['unit', 'show', unit.name]).webhook_url;
	const url = `https://hooks.example.org/services/T${tag}/B${tag}/secret-${tag}`;

	const page = await newPage(env, { script });
	const posts = recordPosts(page);
	await signIn(env, page, lead);
	await visit(env, page, `/units/${unit.id}`, 'unit');
	const main = page.locator('main');
	// Not a web address: refused beside the field, nothing stored.
	await (await field(page, main, 'Chat webhook')).fill('ftp://hooks.example.org/x');
	await submit(page, await button(page, main, 'Save changes'));
	const said = await page.locator('.field-error').allTextContents();
	await expect(said.some((t) => /not an http:\/\/ or https:\/\/ URL/.test(t)),
		`"is not an http:// or https:// URL" beside Chat webhook ${await where(page)}`, JSON.stringify(said));
	await expect(stored() === null, 'no webhook stored after the refusal', String(stored()));
	// The lead sets it.
	await (await field(page, main, 'Chat webhook')).fill(url);
	await submit(page, await button(page, main, 'Save changes'));
	await landed(page, new RegExp(`^/units/${unit.id}$`), 'saving the webhook');
	await expect(stored() === url, `the webhook stored as ${url}`, String(stored()));
	const shown = await (await field(page, main, 'Chat webhook')).inputValue();
	await expect(shown === url, 'the form to show the lead the webhook set', shown);

	// A member of the unit: no such field, and the secret nowhere on the page.
	const theirs = await newPage(env, { script });
	await signIn(env, theirs, member);
	await visit(env, theirs, `/units/${unit.id}`, 'unit');
	const fields = await theirs.getByLabel('Chat webhook', { exact: true }).count();
	const html = await theirs.content();
	await expect(fields === 0 && !html.includes(`secret-${tag}`), 'a member to see neither the field nor the webhook',
		`${fields} field(s); the address ${html.includes(`secret-${tag}`) ? 'is' : 'is not'} in the page`);

	// Emptied: removed.
	await (await field(page, main, 'Chat webhook')).fill('');
	await submit(page, await button(page, main, 'Save changes'));
	await landed(page, new RegExp(`^/units/${unit.id}$`), 'removing the webhook');
	await expect(stored() === null, 'the webhook removed', String(stored()));
	if (!script)
		await expect(posts.includes(`/units/${unit.id} as document`), 'the unit posted by the browser itself', JSON.stringify(posts));
}

export const pages = [];

export const scenarios = [
	{ name: 'unit-webhook', title: 'a unit\'s lead sets, is refused, and removes the chat webhook; a member never sees it',
		run: (env) => webhookRun(env, { script: true, tag: 'A' }) },
	{ name: 'unit-webhook-noscript', title: 'the unit\'s chat webhook with JavaScript off',
		run: (env) => webhookRun(env, { script: false, tag: 'B' }) },
];
