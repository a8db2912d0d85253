// signin-flood.mjs — the load of signin-flood.sh: 32 clients flood sign-in
// with wrong passwords while one client reads with a token, and the reads
// must stay fast. Half the flooders guess one real account's password
// (the throttle stops them: 429), half spray made-up emails (the hash pool
// fills: 503); half use the API, half the web form; each has a loopback
// address of its own (127.0.0.10 and up), so per-address counts do not
// stop the sprayers. Node's http module only: no dependencies.
//
//   node signin-flood.mjs URL TOKEN
//
// Prints the reads' p50 and p99 without and with the flood (the same run,
// the same GET) and the flood's answers; exits 1, saying why, when a read
// took a second or more, or a flood request hung or got another answer.
import http from 'node:http';

const [base, token] = process.argv.slice(2);
if (!base || !token) {
	console.error('usage: node signin-flood.mjs URL TOKEN');
	process.exit(2);
}
const FLOODERS = 32;
const FLOOD_MS = 4000;          // how long the flood lasts
const READS_QUIET = 100;        // reads measured before the flood
// The limits stretch when the suites run side by side (GRIP_E2E_TIME_FACTOR,
// set by tests/run --parallel): the machine is shared, the harm is not.
const FACTOR = Math.max(1, Number(process.env.GRIP_E2E_TIME_FACTOR) || 1);
const READ_LIMIT_MS = 1000 * FACTOR;     // every read during the flood
const REFUSAL_LIMIT_MS = 1000 * FACTOR;  // a 429 or 503: at once, without a hash
const HASHED_LIMIT_MS = 5000 * FACTOR;   // a 401: its hash waited its turn, but came
const TIMEOUT_MS = 10000 * FACTOR; // a request not answered by then counts as hung
const READ = '/api/v1/orgs/acme/objectives/1';
const url = new URL(base);

// One request on a connection of its own (no keep-alive: each lands
// wherever the server puts a new connection). Resolves {status, ms,
// headers, body}; status 0 when it failed or timed out.
function request({ method = 'GET', path, headers = {}, body = null, local = '127.0.0.1' }) {
	return new Promise((resolve) => {
		const start = process.hrtime.bigint();
		const done = (status, res, text) => resolve({
			status, ms: Number(process.hrtime.bigint() - start) / 1e6, headers: res ? res.headers : {}, body: text,
		});
		const req = http.request({
			host: url.hostname, port: url.port, method, path, localAddress: local, agent: false,
			headers: body ? { ...headers, 'Content-Length': Buffer.byteLength(body) } : headers,
		}, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (d) => { text += d; });
			res.on('end', () => done(res.statusCode, res, text));
			res.on('error', () => done(0, null, ''));
		});
		req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
		req.on('error', () => done(0, null, ''));
		if (body) req.write(body);
		req.end();
	});
}

const read = () => request({ path: READ, headers: { Authorization: `Bearer ${token}` } });

function percentile(values, p) {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const problems = [];

// ---- the reads without a flood ----
const quiet = [];
for (let i = 0; i < READS_QUIET; i++) {
	const r = await read();
	if (r.status !== 200) problems.push(`a read before the flood answered ${r.status}`);
	quiet.push(r.ms);
}

// ---- Ada's first failures, one after another ----
// The throttle lets an account's first five failures in a row through
// (each costs a hash) and stops the next attempts for a while. They are
// made before the flood, each hashed, so that the flood's guesses at her
// password meet the throttle however slowly a loaded machine hashes (in
// the flood the sprayers keep the hash pool full, and her own attempts
// might never be hashed five times).
for (let n = 0; n < 5; n++) {
	const r = await request({
		method: 'POST', path: '/api/v1/session', local: '127.0.0.9', headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ org: 'acme', email: 'ada@acme.test', password: `before-the-flood-${n}` }),
	});
	if (r.status !== 401) problems.push(`Ada's failure ${n + 1} before the flood answered ${r.status}, not 401`);
}

// ---- the flood ----
const answers = new Map(); // status -> count
const slowest = new Map(); // status -> ms
let floodRequests = 0;
const until = Date.now() + FLOOD_MS;

async function flooder(i) {
	const local = `127.0.0.${10 + i}`;
	const web = i % 2 === 1;
	const targeted = i < FLOODERS / 2; // guesses Ada's password; the others spray emails
	let cookie = null;
	if (web) {
		const page = await request({ path: '/signin', local });
		const m = /grip_signin=([^;]+)/.exec(page.headers['set-cookie']?.join(';') ?? '');
		if (page.status !== 200 || !m) {
			problems.push(`flooder ${i}: GET /signin answered ${page.status} without the sign-in cookie`);
			return;
		}
		cookie = m[1];
	}
	for (let n = 0; Date.now() < until; n++) {
		const email = targeted ? 'ada@acme.test' : `sprayed-${i}-${n}@acme.test`;
		const password = `guess-${i}-${n}`;
		const r = web
			? await request({
				method: 'POST', path: '/signin', local,
				headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `grip_signin=${cookie}` },
				body: new URLSearchParams({ signin_token: cookie, email, password, next: '/' }).toString(),
			})
			: await request({
				method: 'POST', path: '/api/v1/session', local, headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ org: 'acme', email, password }),
			});
		floodRequests++;
		answers.set(r.status, (answers.get(r.status) ?? 0) + 1);
		slowest.set(r.status, Math.max(slowest.get(r.status) ?? 0, r.ms));
		const limit = r.status === 401 ? HASHED_LIMIT_MS : REFUSAL_LIMIT_MS;
		if (![401, 429, 503].includes(r.status))
			problems.push(`flooder ${i} (${web ? 'web' : 'API'}) got ${r.status || 'no answer'} after ${r.ms.toFixed(0)} ms`);
		else if (r.ms >= limit)
			problems.push(`flooder ${i} (${web ? 'web' : 'API'}) waited ${r.ms.toFixed(0)} ms for ${r.status}`);
		if ((r.status === 429 || r.status === 503) && !r.headers['retry-after'])
			problems.push(`flooder ${i}: ${r.status} without Retry-After`);
	}
}

async function reader() {
	const times = [];
	while (Date.now() < until) {
		const r = await read();
		if (r.status !== 200) problems.push(`a read during the flood answered ${r.status || 'nothing'} after ${r.ms.toFixed(0)} ms`);
		times.push(r.ms);
	}
	return times;
}

const flooders = Array.from({ length: FLOODERS }, (_, i) => flooder(i));
const flooded = await reader();
await Promise.all(flooders);

// ---- afterwards: someone else signs in as usual ----
const after = await request({
	method: 'POST', path: '/api/v1/session', headers: { 'Content-Type': 'application/json' },
	body: JSON.stringify({ org: 'acme', email: 'cy@acme.test', password: 'cy-signs-in-after-the-flood' }),
});
if (after.status !== 201) problems.push(`after the flood Cy's right password answered ${after.status}, not 201`);

// ---- the figures ----
const f = (ms) => `${ms.toFixed(2)} ms`;
const [q50, q99, f50, f99] = [percentile(quiet, 50), percentile(quiet, 99), percentile(flooded, 50), percentile(flooded, 99)];
console.log(`token GET ${READ}, each on a new connection:`);
console.log(`  without a flood: ${quiet.length} reads, p50 ${f(q50)}, p99 ${f(q99)}, slowest ${f(Math.max(...quiet))}`);
console.log(`  while ${FLOODERS} clients flood sign-in for ${FLOOD_MS / 1000} s: ${flooded.length} reads, ` +
	`p50 ${f(f50)}, p99 ${f(f99)}, slowest ${f(Math.max(...flooded))}`);
console.log(`  ratio flood/quiet: p50 ${(f50 / q50).toFixed(2)}, p99 ${(f99 / q99).toFixed(2)}`);
console.log(`flood: ${floodRequests} sign-ins; answers (count, slowest): ` +
	[...answers].sort().map(([s, n]) => `${s} ${n}, ${f(slowest.get(s))}`).join('; '));

const slow = flooded.filter((ms) => ms >= READ_LIMIT_MS);
if (slow.length) problems.push(`${slow.length} reads during the flood took a second or more (slowest ${f(Math.max(...flooded))})`);
if (flooded.length < 20) problems.push(`only ${flooded.length} reads were answered during the flood`);
if (!answers.get(429)) problems.push('no flood request was throttled (429)');
if (!answers.get(503)) problems.push('no flood request found the hash pool full (503)');
for (const p of [...new Set(problems)].slice(0, 20)) console.log(`problem: ${p}`);
process.exit(problems.length ? 1 : 0);
