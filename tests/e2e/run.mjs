// run.mjs — grip's browser tests: a fresh demo database, a real `grip serve`
// on a free loopback port and Debian's chromium driven by playwright-core.
// Each scenario (scenarios.mjs) runs in its own browser context and prints
// "PASS name" or "FAIL name" followed by indented lines saying what was
// expected and what was found; notes for review (accessibility findings,
// console errors) are indented too. The last line is
// "e2e: N passed, N failed". Screenshots of every page visited go to the
// shots directory as SCENARIO-PAGE.png.
//
//   node tests/e2e/run.mjs GRIP_BIN [--shots DIR] [--only NAME,...] [--skip NAME,...] [--keep]
//
// --only and --skip choose scenarios by name; --keep leaves the temporary directory (database, server log) in place
// and prints its path.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { scenarios } from './scenarios.mjs';
import { TIME_FACTOR, failure } from './steps.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const NOW = '2026-11-23'; // the fixed clock of the CLI cases, for the server too
const BROWSER = '/usr/bin/chromium';
// TIME_FACTOR (steps.mjs, GRIP_E2E_TIME_FACTOR) stretches the limits below
// and each scenario's own.
const SCENARIO_MS = 25000 * TIME_FACTOR; // one scenario, at most, unless it says otherwise
const TOTAL_MS = 480000 * TIME_FACTOR; // the whole run, at most

function usage(msg) {
	console.error(`run.mjs: ${msg}\nusage: node tests/e2e/run.mjs GRIP_BIN [--shots DIR] [--only NAME,...] [--skip NAME,...] [--keep]`);
	process.exit(2);
}

function parseArgs(argv) {
	const opt = { bin: null, shots: path.join(root, 'build/test-logs/e2e'), only: null, skip: [], keep: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--shots') opt.shots = path.resolve(argv[++i] ?? usage('--shots needs a directory'));
		else if (a === '--only') opt.only = (argv[++i] ?? usage('--only needs names')).split(',');
		else if (a === '--skip') opt.skip = (argv[++i] ?? usage('--skip needs names')).split(',');
		else if (a === '--keep') opt.keep = true;
		else if (a.startsWith('-')) usage(`unknown option ${a}`);
		else if (!opt.bin) opt.bin = path.resolve(a);
		else usage(`unexpected argument ${a}`);
	}
	if (!opt.bin) usage('name the grip binary');
	return opt;
}

// ---- the world: a demo database and what the scenarios need in it ----

const PASSWORD = 'quillmoor-demo';
const people = {
	admin: 'maren@quillmoor.example', // the demo's first admin
	admin2: 'noor@quillmoor.example', // the other admin: the small-screen run
	memberA: 'hana@quillmoor.example', // two members of the private circle
	memberB: 'soren@quillmoor.example',
	guesser: 'lukas@quillmoor.example', // gets his password wrong (the throttle scenario)
};

function cli(world, args) {
	const env = { ...process.env, GRIP_NOW: NOW, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	try {
		return execFileSync(world.bin, ['--db', world.db, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (e) {
		const said = (e.stderr || e.stdout || '').trim() || e.message;
		throw new Error(`grip ${args.join(' ')} failed (${e.status ?? e.signal ?? e.code}): ${said}`);
	}
}
const cliJson = (world, args) => JSON.parse(cli(world, [...args, '--json']));

// A team objective with three metric KRs and no check-in, made with the
// CLI so that the check-in scenarios do not hang on the page that makes one.
function prepareObjective(world, title, krs) {
	const o = cliJson(world, ['objective', 'add', title, '--cycle', '2026 Q4', '--layer', 'team', '--unit', 'Mobile',
		'--status', 'active']);
	for (const kr of krs)
		cli(world, ['kr', 'add', String(o.id), kr.title, '--baseline', String(kr.baseline), '--target', String(kr.target),
			'--unit', kr.unit]);
	return { id: o.id, title, krs };
}

function makeWorld(opt) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-e2e-'));
	const world = { dir, bin: opt.bin, db: path.join(dir, 'grip.db'), now: NOW, password: PASSWORD, people };
	cli(world, ['demo']);
	for (const email of Object.values(people)) cli(world, ['person', 'password', email, '--password', PASSWORD]);
	const units = cliJson(world, ['unit', 'list']);
	const unit = (name) => units.find((u) => u.name === name) ?? failure(`the demo has a unit "${name}"`, units.map((u) => u.name).join(', '));
	world.circle = unit('New leads circle');
	world.mobile = unit('Mobile');
	const members = cliJson(world, ['objective', 'list', '--layer', 'member']);
	const outcomeOf = (email) => members.find((o) => o.owner === email && o.status === 'active') ??
		failure(`an active member outcome of ${email}`, members.map((o) => `${o.owner}: ${o.title}`).join('; '));
	world.outcomeA = outcomeOf(people.memberA);
	world.outcomeB = outcomeOf(people.memberB);
	// A demo objective with a history of check-ins, for the accessibility pass.
	const team = cliJson(world, ['objective', 'list', '--cycle', '2026 Q4', '--unit', 'Mobile', '--layer', 'team']);
	world.busy = team.find((o) => o.last_checkin && o.key_results.length) ??
		failure('a Mobile team objective in 2026 Q4 with check-ins', JSON.stringify(team.map((o) => o.title)));
	const krs = (tag) => [
		{ title: `Bookings finished on a phone (${tag})`, baseline: 0, target: 100, unit: '%' },
		{ title: `Shops using the calendar daily (${tag})`, baseline: 0, target: 100, unit: '%' },
		{ title: `Repairs booked without a call (${tag})`, baseline: 0, target: 100, unit: '%' },
	];
	world.forCheckin = prepareObjective(world, 'Shops book a repair from the counter', krs('A'));
	world.forNoScript = prepareObjective(world, 'Shops book a repair without scripts', krs('B'));
	return world;
}

// ---- the server ----

function startServer(world) {
	const log = fs.openSync(path.join(world.dir, 'server.log'), 'a');
	const env = { ...process.env, GRIP_NOW: NOW, LC_ALL: 'C.UTF-8' };
	for (const k of ['GRIP_DB', 'GRIP_USER', 'GRIP_ORG', 'GRIP_SERVER', 'GRIP_TOKEN']) delete env[k];
	// Port 0: the kernel gives a free port and the server prints its address.
	const child = spawn(world.bin, ['--db', world.db, 'serve', '--listen', '127.0.0.1:0'], {
		env, stdio: ['ignore', 'pipe', log],
	});
	fs.closeSync(log);
	let out = '';
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`the server did not say "listening" within 15 s; it said: ${out.trim() || '(nothing)'}; ` +
				`its log: ${fs.readFileSync(path.join(world.dir, 'server.log'), 'utf8').slice(-2000)}`));
		}, 15000);
		child.stdout.on('data', (d) => {
			out += d;
			const m = /listening on (http:\/\/\S+)/.exec(out);
			if (m) {
				clearTimeout(timer);
				resolve({ child, url: m[1].replace(/\/$/, '') });
			}
		});
		child.on('exit', (code, sig) => {
			clearTimeout(timer);
			reject(new Error(`the server exited (${code ?? sig}) before listening: ` +
				fs.readFileSync(path.join(world.dir, 'server.log'), 'utf8').slice(-2000)));
		});
	});
}

// SIGTERM, then SIGKILL after 5 s; resolves with how it ended.
function stopServer(child) {
	if (child.exitCode !== null || child.signalCode !== null)
		return Promise.resolve(`had already exited (${child.exitCode ?? child.signalCode})`);
	return new Promise((resolve) => {
		const timer = setTimeout(() => { child.kill('SIGKILL'); }, 5000);
		child.on('exit', (code, sig) => {
			clearTimeout(timer);
			resolve(code === 0 ? null : `exited with ${code ?? sig} after SIGTERM`);
		});
		child.kill('SIGTERM');
	});
}

// ---- running ----

function withTimeout(promise, ms, what) {
	let timer;
	return Promise.race([
		promise.finally(() => clearTimeout(timer)),
		new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms); }),
	]);
}

// Indented under its scenario, without the terminal colours of
// playwright's call logs.
function indent(text) {
	return String(text).replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => `  ${l}`).join('\n');
}

async function main() {
	const opt = parseArgs(process.argv.slice(2));
	const names = scenarios.map((s) => s.name);
	for (const n of [...(opt.only ?? []), ...opt.skip])
		if (!names.includes(n)) usage(`no scenario "${n}"; the scenarios are: ${names.join(', ')}`);
	const chosen = scenarios.filter((s) => (!opt.only || opt.only.includes(s.name)) && !opt.skip.includes(s.name));
	fs.mkdirSync(opt.shots, { recursive: true });
	for (const f of fs.readdirSync(opt.shots)) if (f.endsWith('.png')) fs.rmSync(path.join(opt.shots, f));
	const started = Date.now();
	let world, server, browser;
	let passed = 0, failed = 0;
	const watchdog = setTimeout(() => {
		console.log(`FAIL e2e\n  the whole run took longer than ${TOTAL_MS / 1000} s; stopped`);
		if (server) server.child.kill('SIGKILL');
		console.log(`e2e: ${passed} passed, ${chosen.length - passed} failed`);
		process.exit(1);
	}, TOTAL_MS);
	try {
		world = makeWorld(opt);
		server = await startServer(world);
		browser = await chromium.launch({ executablePath: BROWSER, headless: true, args: ['--no-sandbox'] });
	} catch (e) {
		console.log(`FAIL setup\n${indent(e.message)}`);
		if (server) await stopServer(server.child);
		if (browser) await browser.close();
		console.log(`e2e: 0 passed, ${chosen.length} failed`);
		clearTimeout(watchdog);
		process.exit(1);
	}
	world.base = server.url;
	for (const s of chosen) {
		const t0 = Date.now();
		// cli and cliJson run grip on the scenario's database, to prepare
		// what the scenario needs or to check what the browser changed.
		const env = {
			world, browser, shots: opt.shots, scenario: s.name, notes: [], csp: [], contexts: [],
			cli: (args) => cli(world, args), cliJson: (args) => cliJson(world, args),
		};
		let error = null;
		try {
			await withTimeout(s.run(env), s.limit ? s.limit * TIME_FACTOR : SCENARIO_MS, 'the scenario');
			if (env.csp.length)
				failure('no breach of the pages\' Content-Security-Policy (inline styles or scripts)', env.csp.join('\n'));
		} catch (e) {
			error = e;
		}
		for (const c of env.contexts) await c.close().catch(() => {});
		const ms = Date.now() - t0;
		if (error) {
			failed++;
			console.log(`FAIL ${s.name} (${ms} ms) — ${s.title}`);
			console.log(indent(error.expected ? error.message : (error.stack || error.message).split('\n').slice(0, 8).join('\n')));
		} else {
			passed++;
			console.log(`PASS ${s.name} (${ms} ms) — ${s.title}`);
		}
		for (const n of env.notes) console.log(indent(`note: ${n}`));
	}
	await browser.close();
	const ended = await stopServer(server.child);
	if (ended) {
		failed++;
		console.log(`FAIL server-exit\n  expected the server to exit with 0 on SIGTERM; it ${ended}`);
	}
	const log = fs.readFileSync(path.join(world.dir, 'server.log'), 'utf8');
	fs.writeFileSync(path.join(opt.shots, 'server.log'), log);
	if (/runtime error|AddressSanitizer|LeakSanitizer/.test(log)) {
		failed++;
		console.log(`FAIL server-sanitizer\n  the server's log holds a sanitizer report (see ${path.join(opt.shots, 'server.log')})`);
	}
	if (opt.keep) console.log(`kept ${world.dir}`);
	else fs.rmSync(world.dir, { recursive: true, force: true });
	clearTimeout(watchdog);
	console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	console.log(`e2e: ${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
}

main();
