// matrix.mjs — the privacy matrix (tests/privacy/README.md): every read
// route and list filter of the API, every web page and every CLI read
// command, generated from `grip --routes` and the values in the fixture's
// database, read as every role of rules.txt. For each role, nothing it may
// not see shows its marker, and every read is byte-for-byte the same
// against a twin database where what it may not see is gone (or, for a
// group's totals, renumbered and reworded).
//
//   node matrix.mjs BIN TWIN [--faces api,web,cli] [--roles a,b] [--logs DIR]
//
// Prints "FAIL role/face" blocks and ends with "privacy: N passed, N failed"
// (one count per role and face, and one per role for what it must see).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const bin = path.resolve(args[0]);
const twinBin = path.resolve(args[1]);
const opt = (name, dflt) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : dflt;
};
const faces = opt('--faces', 'api,web,cli').split(',');
const logs = opt('--logs', null);
const only = opt('--roles', null)?.split(',');
const NOW = '2026-11-23';
const PASSWORD = 'privacy-matrix';
const env = { ...process.env, GRIP_NOW: NOW, LC_ALL: 'C.UTF-8' };
for (const k of ['GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN', 'GRIP_DB'])
	delete env[k];

// ---- the rules ----

function readRules() {
	const roles = [], secrets = [];
	for (const line of fs.readFileSync(path.join(here, 'rules.txt'), 'utf8').split('\n')) {
		const w = line.trim().split(/\s+/);
		if (w[0] === 'role')
			roles.push({ name: w[1], email: w[2], org: w[3] });
		else if (w[0] === 'secret')
			secrets.push({ name: w[1], table: w[2], marker: w[3], cells: w.slice(4) });
	}
	for (const s of secrets)
		if (s.cells.length !== roles.length)
			throw new Error(`rules.txt: secret ${s.name} has ${s.cells.length} cells for ${roles.length} roles`);
	return { roles, secrets };
}

// ---- processes ----

function run(cmd, argv, options = {}) {
	return new Promise((resolve) => {
		const p = spawn(cmd, argv, { env: options.env || env, cwd: options.cwd });
		const out = [], err = [];
		p.stdout.on('data', (d) => out.push(d));
		p.stderr.on('data', (d) => err.push(d));
		p.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
	});
}

async function startServer(db, work) {
	const log = path.join(work, `serve-${path.basename(db)}.log`);
	const p = spawn(bin, ['--db', db, 'serve', '--listen', '127.0.0.1:0'], {
		env, stdio: ['ignore', 'pipe', fs.openSync(log, 'a')],
	});
	let text = '';
	const url = await new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`the server on ${db} did not start: ${fs.readFileSync(log, 'utf8')}`)), 10000);
		p.stdout.on('data', (d) => {
			text += d;
			const m = /grip: listening on (\S+)/.exec(text);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		});
	});
	// Its own keep-alive connections, closed before it is stopped: an idle
	// connection left open would hold the server's shutdown.
	const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
	return {
		url, agent,
		stop: () => new Promise((resolve) => {
			agent.destroy();
			p.on('close', resolve);
			p.kill('SIGTERM');
		}),
	};
}

function get(target, urlPath, headers) {
	return new Promise((resolve, reject) => {
		const req = http.get(target.url + urlPath, { agent: target.agent, headers }, (res) => {
			const chunks = [];
			res.on('data', (d) => chunks.push(d));
			res.on('end', () => resolve({ status: res.statusCode, location: res.headers.location, body: Buffer.concat(chunks).toString() }));
			res.on('error', reject);
		});
		req.on('error', reject);
	});
}

// Runs fn over items, `width` at a time.
async function pool(items, width, fn) {
	const out = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await fn(items[i], i);
		}
	};
	await Promise.all(Array.from({ length: width }, worker));
	return out;
}

// ---- what there is to ask about, from the fixture's rows ----

function values(dump) {
	const col = (table, c) => [...new Set(dump[table].map((r) => r[c]).filter((v) => v !== null))];
	const ids = (table) => col(table, 'id');
	const v = {
		objectives: ids('objectives'), key_results: ids('key_results'), units: ids('units'),
		cycles: ids('cycles'), people: ids('people'), commitments: ids('commitments'),
		initiatives: ids('initiatives'), dependencies: ids('dependencies'), api_tokens: ids('api_tokens'),
		unit_names: col('units', 'name'), group_names: dump.units.filter((u) => u.kind === 'group').map((u) => u.name),
		cycle_names: col('cycles', 'name'), programme_names: dump.cycles.filter((c) => c.kind === 'programme').map((c) => c.name),
		emails: col('people', 'email'), orgs: col('orgs', 'slug'),
		weeks: ['2026-W45', '2026-W47', '2026-W48'],
		layers: ['strategic', 'team', 'individual', 'group', 'member'],
		statuses: ['draft', 'proposed', 'approved', 'active', 'achieved', 'missed', 'dropped'],
		entities: [...new Set(dump.events.map((e) => e.entity))],
		dates: ['2026-11-16'],
	};
	// A non-group unit stands in for "not a group" where a group is asked for.
	v.group_args = [...v.group_names, dump.units.find((u) => u.kind === 'team').name];
	return v;
}

// Path parameters by the segment before them; query parameters by name.
function pathValues(v, pattern, seg, role) {
	if (seg === 'org')
		return [role.org, ...v.orgs.filter((o) => o !== role.org)];
	const before = pattern.split('/').slice(0, pattern.split('/').indexOf(`{${seg}}`)).pop();
	const byName = { person_id: v.people, parent_id: v.objectives };
	const bySegment = {
		objectives: v.objectives, key_results: v.key_results, units: v.units, groups: v.units,
		people: v.people, cycles: v.cycles, commitments: v.commitments, initiatives: v.initiatives,
		dependencies: v.dependencies, tokens: v.api_tokens,
	};
	// A calendar feed's secret: the role's own (its feed is read as it).
	if (seg === 'secret')
		return [role.calendar];
	const list = byName[seg] || bySegment[before];
	if (!list)
		throw new Error(`no values for {${seg}} in ${pattern}: add them to matrix.mjs`);
	return list;
}

function queryValues(v, name) {
	const m = {
		cycle: v.cycle_names, unit: v.unit_names, layer: v.layers, owner: v.emails, status: v.statuses,
		as_of: v.dates, email: v.emails, week: v.weeks, programme: v.programme_names, entity: v.entities,
		entity_id: v.objectives.slice(0, 3), next: ['/objectives/5'], aligns_to: v.objectives,
		'as-of': v.dates, id: v.objectives.slice(0, 3), person: v.emails, format: ['json', 'csv'],
		unread: ['true', 'false'], cursor: ['1'], limit: ['1', '100'],
		// What a web form just saved, whose coach's hints the page shows.
		saved: ['objective', 'new', ...v.key_results.slice(0, 4).map((k) => `kr-${k}`),
			...v.commitments.slice(0, 4).map((c) => `commitment-${c}`)],
		// A one-time link's: none of these was ever sent, so each reads as a link that does not work.
		token: ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'not-a-token'],
	};
	if (!m[name])
		throw new Error(`no values for the query parameter ${name}: add them to matrix.mjs`);
	return m[name];
}

// Every path of a pattern with its parameters filled in every way.
function expand(v, pattern, role) {
	let paths = [pattern];
	for (const m of pattern.matchAll(/\{([a-z_]+)\}/g)) {
		const vals = pathValues(v, pattern, m[1], role);
		paths = paths.flatMap((p) => vals.map((x) => p.replace(`{${m[1]}}`, encodeURIComponent(String(x)))));
	}
	return paths;
}

function withQueries(v, paths, query) {
	const out = [];
	for (const p of paths) {
		out.push(p);
		for (const q of query)
			for (const x of queryValues(v, q))
				out.push(`${p}?${q}=${encodeURIComponent(String(x))}`);
	}
	return out;
}

function apiViews(routes, v, role) {
	const views = [];
	for (const r of routes.api) {
		if (r.method !== 'GET' || r.pattern === '/healthz' || r.pattern.endsWith('openapi.json'))
			continue;
		for (const p of withQueries(v, expand(v, r.pattern, role), r.query))
			views.push({ face: 'api', label: `GET ${p}`, path: p });
	}
	return views;
}

function webViews(routes, v, role) {
	const views = [];
	for (const r of routes.web) {
		if (r.method !== 'GET')
			continue;
		for (const p of withQueries(v, expand(v, r.pattern, role), r.query))
			views.push({ face: 'web', label: `GET ${p}`, path: p });
	}
	return views;
}

// Positional arguments by their name in the usage, and the noun.
function positional(v, token, noun) {
	const optional = token.startsWith('[');
	const t = token.replace(/[[\]]/g, '');
	const m = {
		'EMAIL|ID': [...v.emails, ...v.people], KR_ID: v.key_results, OBJECTIVE_ID: v.objectives,
		GROUP: v.group_args, EMAIL: v.emails, CYCLE: v.cycle_names,
		NAME: noun === 'unit' ? v.unit_names : noun === 'cycle' ? v.cycle_names : null,
		ID: noun === 'objective' ? v.objectives : null,
	};
	if (!m[t])
		throw new Error(`no values for ${token} of grip ${noun}: add them to matrix.mjs`);
	return optional ? [null, ...m[t]] : m[t];
}

function cliViews(routes, v, role) {
	const views = [];
	for (const c of routes.cli) {
		if (c.write || c.serve)
			continue;
		let argvs = [[c.noun, ...(c.verb ? [c.verb] : [])]];
		for (const token of c.usage) {
			const vals = positional(v, token, c.noun);
			argvs = argvs.flatMap((a) => vals.map((x) => (x === null ? a : [...a, String(x)])));
		}
		const all = [];
		for (const a of argvs) {
			all.push(a);
			for (const o of c.options)
				if (o.value)
					for (const x of queryValues(v, o.name))
						all.push([...a, `--${o.name}`, String(x)]);
		}
		// A command whose text is rendered from its JSON (text_from_json)
		// shows nothing its --json does not: it is read as JSON only.
		const formats = c.text_from_json ? [true] : [false, true];
		const other = v.orgs.filter((o) => o !== role.org);
		for (const a of all)
			for (const json of formats) {
				const argv = ['--org', role.org, '--as', role.email, ...a, ...(json ? ['--json'] : [])];
				views.push({ face: 'cli', label: `grip ${argv.slice(4).join(' ')}`, argv });
			}
		// Another org's name: once per command is enough to be refused.
		for (const org of other) {
			const argv = ['--org', org, '--as', role.email, ...all[all.length - 1], '--json'];
			views.push({ face: 'cli', label: `grip ${argv.slice(4).join(' ')} (--org ${org})`, argv });
		}
	}
	return views;
}

// ---- reading a view ----

async function readView(view, target, cred) {
	if (view.face === 'cli') {
		const r = await run(bin, ['--db', target.db, ...view.argv]);
		return `exit ${r.code}\n${r.stdout}\n--- stderr\n${r.stderr}`;
	}
	const headers = view.face === 'api' ? { Authorization: `Bearer ${cred.token}` } : { Cookie: `grip_session=${cred.session}` };
	for (let attempt = 0; ; attempt++) {
		try {
			const res = await get(target, view.path, headers);
			// The sign-in form's pre-session token is new on every read; a
			// calendar feed links to the server it was read from (its
			// lines unfolded first, as a fold falls by the address's length).
			const body = res.body.replace(/(name="signin_token" value=")[^"]*/g, '$1(fresh)')
				.replace(/\r\n[ \t]/g, '').split(target.url).join('(this server)');
			return `${res.status} ${res.location || ''}\n${body}`;
		} catch (e) {
			if (attempt === 3)
				throw e;
		}
	}
}

// ---- the run ----

async function main() {
	const { roles, secrets } = readRules();
	// Thousands of short runs: on tmpfs where there is one.
	const tmp = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
	const work = fs.mkdtempSync(path.join(tmp, 'grip-privacy-'));
	const base = path.join(work, 'base.db');
	execFileSync(path.join(here, 'fixture.sh'), [bin, base], { env, stdio: 'inherit' });
	const dump = JSON.parse(execFileSync(twinBin, ['--dump', base], { maxBuffer: 1 << 26 }).toString());
	const v = values(dump);
	const routes = JSON.parse(execFileSync(process.env.GRIP_ROUTES_BIN || bin, ['--routes']).toString());

	// Each secret's root row: the one row of its table holding its marker.
	for (const s of secrets) {
		const hits = dump[s.table].filter((r) => Object.values(r).some((x) => typeof x === 'string' && x.includes(s.marker)));
		if (hits.length !== 1)
			throw new Error(`rules.txt: secret ${s.name} matches ${hits.length} rows of ${s.table}`);
		s.root = `${s.table}:${hits[0].rowid_}`;
	}

	// Credentials: an API token and a signed-in session for each role.
	const creds = {};
	for (const role of roles) {
		const r = await run(bin, ['--db', base, '--org', role.org, 'token', 'create', role.email]);
		if (r.code !== 0)
			throw new Error(`token for ${role.email}: ${r.stderr}`);
		creds[role.name] = { token: r.stdout.trim().split('\n').pop() };
		// Its calendar feed, read at /calendar/{secret}; one who cannot
		// have one (has left) reads a made-up address.
		const f = await run(bin, ['--db', base, '--org', role.org, '--as', role.email, 'calendar']);
		role.calendar = f.code === 0 ? f.stdout.trim().split('\n').pop().replace('/calendar/', '') : 'none-of-anyones-0000000.ics';
	}
	let server = await startServer(base, work);
	for (const role of roles) {
		const res = await fetch(`${server.url}/api/v1/session`, {
			method: 'POST', headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ org: role.org, email: role.email, password: PASSWORD }),
		});
		const cookie = res.headers.get('set-cookie') || '';
		const m = /grip_session=([^;]+)/.exec(cookie);
		if (res.status !== 201 || !m)
			throw new Error(`sign-in of ${role.email}: ${res.status} ${await res.text()}`);
		creds[role.name].session = m[1];
	}
	await server.stop();
	server = await startServer(base, work);

	let passed = 0, failed = 0;
	const log = logs ? fs.createWriteStream(path.join(logs, 'privacy-matrix.log')) : null;
	for (const [ri, role] of roles.entries()) {
		if (only && !only.includes(role.name))
			continue;
		// The role's twin: what it may not know of is gone, what it only
		// counts is renumbered and reworded.
		const actions = [];
		const forbidden = [];
		for (const s of secrets) {
			const cell = s.cells[ri];
			if (cell === 'see' || cell === 'ref')
				actions.unshift('--keep', s.root);
			else if (cell === 'sum')
				actions.push(s.table === 'memberships' ? '--retext' : '--relabel', s.root);
			else
				actions.push('--delete', s.root);
			if (cell === 'sum' || cell === '-')
				forbidden.push(s);
		}
		const twin = path.join(work, `twin-${role.name}.db`);
		execFileSync(twinBin, [base, twin, ...actions], { stdio: 'inherit' });
		const tserver = await startServer(twin, work);
		const targets = { base: { db: base, ...server }, twin: { db: twin, ...tserver } };
		const seen = new Map(); // marker -> faces where it showed
		for (const face of faces) {
			const views = face === 'api' ? apiViews(routes, v, role) : face === 'web' ? webViews(routes, v, role) : cliViews(routes, v, role);
			const problems = [];
			await pool(views, 4, async (view) => {
				const [a, b] = await Promise.all([readView(view, targets.base, creds[role.name]), readView(view, targets.twin, creds[role.name])]);
				for (const s of secrets)
					if (a.includes(s.marker)) {
						if (!seen.has(s.marker))
							seen.set(s.marker, new Set());
						seen.get(s.marker).add(face);
					}
				// A name the reader typed may be echoed back ("no unit
				// named ..."): the twin tells whether anything else came.
				const asked = decodeURIComponent(view.path || view.argv.join(' '));
				for (const s of forbidden)
					if (a.includes(s.marker) && !asked.includes(s.marker))
						problems.push(`${view.label}: shows ${s.name} (${s.marker}), which ${role.name} may not see\n${excerpt(a, s.marker)}`);
				if (a !== b)
					problems.push(`${view.label}: reads differently without what ${role.name} may not see\n${firstDiff(a, b)}`);
			});
			log?.write(`${role.name}/${face}: ${views.length} reads, ${problems.length} problems\n`);
			if (problems.length) {
				failed++;
				console.log(`FAIL ${role.name}/${face} (${role.email}: ${views.length} reads, ${problems.length} problems)`);
				for (const p of problems.slice(0, 8))
					console.log(`  ${p.replace(/\n/g, '\n    ')}`);
			} else {
				passed++;
				console.log(`PASS ${role.name}/${face} (${views.length} reads)`);
			}
		}
		// What the role must see does show somewhere.
		const missing = secrets.filter((s) => s.cells[ri] === 'see' && !seen.has(s.marker)).map((s) => s.name);
		if (faces.length === 3 && missing.length) {
			failed++;
			console.log(`FAIL ${role.name}/sees (${role.email} never reads ${missing.join(', ')}, which the rules let them see)`);
		} else if (faces.length === 3) {
			passed++;
			console.log(`PASS ${role.name}/sees`);
		}
		await tserver.stop();
	}
	await server.stop();
	log?.end();
	if (!process.env.GRIP_PRIVACY_KEEP)
		fs.rmSync(work, { recursive: true, force: true });
	else
		console.log(`kept ${work}`);
	console.log(`privacy: ${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
}

function excerpt(text, marker) {
	const i = text.indexOf(marker);
	return text.slice(Math.max(0, i - 160), i + 80).replace(/\s+/g, ' ');
}

function firstDiff(a, b) {
	let i = 0;
	while (i < a.length && a[i] === b[i])
		i++;
	return `with: ...${a.slice(Math.max(0, i - 120), i + 80).replace(/\s+/g, ' ')}\n` +
		`without: ...${b.slice(Math.max(0, i - 120), i + 80).replace(/\s+/g, ' ')}`;
}

main().catch((e) => {
	console.log(`FAIL privacy matrix: ${e.stack || e}`);
	console.log('privacy: 0 passed, 1 failed');
	process.exit(1);
});
