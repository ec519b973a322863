// `npm test`: every check the project has, in order, with one closing line that counts them.
//  1. astro check (types and Astro diagnostics, warnings included), Chinese typography lint
//  2. astro build of the real site (content validation, diagrams, link check, Pagefind)
//  3. vitest: unit tests, fixture-site build tests, end-to-end tests in Chromium on dist/
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowser } from './lib/browser.mjs';
import { ensureSupportedNode } from './lib/ensure-node.mjs';
import { projectRoot } from './lib/fixture-site.mjs';

// On a fresh machine: a supported Node first (re-runs this script on it), then the browser.
ensureSupportedNode();
try {
	ensureBrowser();
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	console.log('0 passed, 1 failed');
	process.exit(1);
}

const bin = (name) => path.join(projectRoot, 'node_modules/.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const steps = [];

function run(label, command, args) {
	console.log(`\n▶ ${label}`);
	const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env });
	const ok = result.status === 0;
	steps.push({ label, ok });
	return ok;
}

const checked = run('astro check', bin('astro'), ['check', '--minimumSeverity', 'warning']);
run('Chinese typography (AutoCorrect)', process.execPath, ['scripts/lint-chinese.mjs']);
const built = run('astro build', bin('astro'), ['build']);

mkdirSync(path.join(projectRoot, '.tmp'), { recursive: true });
const report = path.join(projectRoot, '.tmp/vitest-report.json');
const projects = built ? ['unit', 'build', 'e2e'] : ['unit', 'build'];
run(`vitest (${projects.join(', ')})`, bin('vitest'), [
	'run',
	...projects.flatMap((p) => ['--project', p]),
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report}`,
]);

let passed = steps.filter((s) => s.ok && !s.label.startsWith('vitest')).length;
let failed = steps.filter((s) => !s.ok && !s.label.startsWith('vitest')).length;
if (existsSync(report)) {
	const results = JSON.parse(readFileSync(report, 'utf8'));
	passed += results.numPassedTests;
	failed += results.numFailedTests;
	// A test file that crashes before its tests run counts as a failure too.
	failed += results.testResults.filter(
		(file) => file.status === 'failed' && file.assertionResults.length === 0,
	).length;
} else {
	failed += 1;
}
if (!built) console.log('\nThe site did not build, so the end-to-end tests could not run.');
for (const step of steps) console.log(`${step.ok ? '✓' : '✗'} ${step.label}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
