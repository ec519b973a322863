// `npm run bench`: prints performance figures; it is a measurement, not a test.
//   1. page weight (gzip) of key pages in each language, measured in Chromium
//   2. Lighthouse scores for the same pages (mobile emulation)
//   3. the real site's build: time per page, per diagram, Pagefind index size, bytes per query
//   4. scale: synthetic sites of 100, 500 and 1,000 models × 2 languages
// Options: --skip-real, --skip-lighthouse, --skip-scale, --scale 100,500,1000, --markdown (also append the
// printed run to BENCHMARKS.md as a new section), --quality-at N (time the page-by-page quality
// gates of `npm test` — axe, CSP, requests — on a synthetic site of N models)
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium, chromiumPath } from './lib/browser.mjs';
import { buildSite, createFixtureSite, projectRoot, removeSite } from './lib/fixture-site.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { writeSyntheticContent } from './lib/synthetic-content.mjs';

const { values } = parseArgs({
	options: {
		'skip-lighthouse': { type: 'boolean', default: false },
		'skip-scale': { type: 'boolean', default: false },
		scale: { type: 'string', default: '100,500,1000' },
		markdown: { type: 'boolean', default: false },
		'quality-at': { type: 'string' },
		'skip-real': { type: 'boolean', default: false },
	},
});
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [];
const print = (line = '') => {
	console.log(line);
	lines.push(line);
};

function timedBuild(root) {
	const started = performance.now();
	const { status, output } = buildSite(root);
	const seconds = (performance.now() - started) / 1000;
	if (status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
	const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
	return { seconds, pages, output };
}

/** A site folder with `count` synthetic models in place of the real content. */
function syntheticSite(count) {
	return createFixtureSite(path.join(projectRoot, 'tests/fixtures/content-valid'), (content) => {
		spawnSync('rm', ['-rf', content]);
		writeSyntheticContent(content, count, path.join(projectRoot, 'content'));
	});
}

function directorySize(directory) {
	return readdirSync(directory, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** Bytes (gzip, as a static host would send them) fetched while loading a page, by type. */
async function pageWeight(browser, base, distDir, pathname) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const files = new Set();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === base) files.add(url.pathname);
	});
	await page.goto(`${base}${pathname}`, { waitUntil: 'networkidle' });
	await context.close();
	const totals = { html: 0, css: 0, js: 0, other: 0, mermaidJs: 0 };
	for (const file of files) {
		let onDisk = path.join(distDir, decodeURIComponent(file));
		if (existsSync(onDisk) && statSync(onDisk).isDirectory())
			onDisk = path.join(onDisk, 'index.html');
		if (!existsSync(onDisk)) continue;
		const size = gzipSync(readFileSync(onDisk)).length;
		const kind = onDisk.endsWith('.html')
			? 'html'
			: onDisk.endsWith('.css')
				? 'css'
				: /\.m?js$/.test(onDisk)
					? 'js'
					: 'other';
		totals[kind] += size;
		if (kind === 'js' && /mermaid/i.test(file)) totals.mermaidJs += size;
	}
	return { ...totals, total: totals.html + totals.css + totals.js + totals.other };
}

/** Bytes Pagefind fetches for one query typed on a page (index chunks, fragments, filters). */
async function queryWeight(browser, base, distDir, pathname, query) {
	const page = await browser.newPage();
	await page.goto(`${base}${pathname}`);
	const fetched = new Set();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.startsWith('/pagefind/')) fetched.add(url.pathname);
	});
	await page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const search = await pagefind.search(${JSON.stringify(query)});
		await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
	})()`);
	await page.close();
	let bytes = 0;
	for (const file of fetched) {
		const onDisk = path.join(distDir, file);
		if (!existsSync(onDisk)) continue;
		// Pagefind's index, fragment, filter and wasm files are stored gzip-compressed; its .js and
		// .json files are sent gzip-compressed by any static host, so count them that way.
		bytes += /\.(js|json|css)$/.test(file)
			? gzipSync(readFileSync(onDisk)).length
			: statSync(onDisk).size;
	}
	return { bytes, files: fetched.size };
}

const keyPages = [
	['home', '/'],
	['model (Emu)', '/models/emu/'],
	['tag (EVA-CLIP)', '/tags/eva-clip/'],
	['home zh', '/zh-cn/'],
	['model zh', '/zh-cn/models/emu/'],
	['tag zh', '/zh-cn/tags/eva-clip/'],
];

print(`# Benchmark ${new Date().toISOString().slice(0, 10)}`);
print();
print(
	`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout.trim()}`,
);
print(
	`Command: npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
);
print();

// The real site.
if (!values['skip-real']) {
	const real = createFixtureSite(path.join(projectRoot, 'content'));
	try {
		const build = timedBuild(real);
		const distDir = path.join(real, 'dist');
		const diagramTiming = spawnSync(
			process.execPath,
			[path.join(projectRoot, 'scripts/lib/time-diagrams.mjs'), path.join(real, 'content/models')],
			{ encoding: 'utf8', cwd: projectRoot },
		);
		print('## Real site');
		print();
		print(`| figure | value |`);
		print(`| --- | --- |`);
		print(`| pages built | ${build.pages} |`);
		print(
			`| build time | ${build.seconds.toFixed(1)} s (${((build.seconds * 1000) / build.pages).toFixed(0)} ms per page) |`,
		);
		print(
			`| diagrams | ${diagramTiming.stdout.trim() || `timing failed: ${diagramTiming.stderr.slice(0, 200)}`} |`,
		);
		print(`| Pagefind index on disk | ${kb(directorySize(path.join(distDir, 'pagefind')))} |`);

		const server = await serveStatic(distDir);
		const browser = await launchChromium();
		for (const [label, pathname, query] of [
			['typical query, English', '/', 'VQGAN'],
			['typical query, Chinese', '/zh-cn/', '视觉分词器'],
		]) {
			const weight = await queryWeight(browser, server.url, distDir, pathname, query);
			print(
				`| ${label} (“${query}”, top 5 results) | ${kb(weight.bytes)} in ${weight.files} files |`,
			);
		}
		print();
		print('## Page weight (gzip, everything the page loads)');
		print();
		print('| page | HTML | CSS | JS | diagram JS | total |');
		print('| --- | --- | --- | --- | --- | --- |');
		for (const [label, pathname] of keyPages) {
			const w = await pageWeight(browser, server.url, distDir, pathname);
			print(
				`| ${label} \`${pathname}\` | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.mermaidJs)} | ${kb(w.total)} |`,
			);
		}
		print();
		print('Budgets for a model page: JS ≤ 35 KB, total ≤ 100 KB, diagram JS 0.');
		await browser.close();

		if (!values['skip-lighthouse']) {
			print();
			print('## Lighthouse (mobile emulation)');
			print();
			print('| page | Performance | Accessibility | Best Practices | SEO | CLS |');
			print('| --- | --- | --- | --- | --- | --- |');
			for (const [label, pathname] of keyPages) {
				// Asynchronous on purpose: the static server runs in this process and must keep answering.
				const result = await promisify(execFile)(
					process.execPath,
					[
						path.join(projectRoot, 'node_modules/lighthouse/cli/index.js'),
						`${server.url}${pathname}`,
						'--quiet',
						'--output=json',
						'--only-categories=performance,accessibility,best-practices,seo',
						`--chrome-path=${chromiumPath()}`,
						'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
					],
					{ encoding: 'utf8', maxBuffer: 64 * 2 ** 20, timeout: 180_000 },
				).catch((error) => ({ stdout: '', stderr: String(error.stderr || error.message) }));
				try {
					const report = JSON.parse(result.stdout);
					const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
					print(
						`| ${label} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${report.audits['cumulative-layout-shift']?.displayValue ?? '?'} |`,
					);
				} catch {
					print(
						`| ${label} | Lighthouse failed: ${(result.stderr || '').split('\n').find(Boolean)?.slice(0, 120) ?? 'no output'} | | | | |`,
					);
				}
			}
		}
		await server.close();
	} finally {
		removeSite(real);
	}
}

// Scale.
if (!values['skip-scale']) {
	print();
	print('## Scale (synthetic models × 2 languages, each with a diagram and 4 tags)');
	print();
	print('| models | pages | build time | ms per page | Pagefind index | bytes per query |');
	print('| --- | --- | --- | --- | --- | --- |');
	for (const count of values.scale.split(',').map(Number)) {
		const root = syntheticSite(count);
		try {
			const build = timedBuild(root);
			const distDir = path.join(root, 'dist');
			const server = await serveStatic(distDir);
			const browser = await launchChromium();
			const query = await queryWeight(browser, server.url, distDir, '/', 'diffusion');
			await browser.close();
			await server.close();
			print(
				`| ${count} | ${build.pages} | ${build.seconds.toFixed(1)} s | ${((build.seconds * 1000) / build.pages).toFixed(0)} | ${kb(directorySize(path.join(distDir, 'pagefind')))} | ${kb(query.bytes)} |`,
			);
		} finally {
			removeSite(root);
		}
	}
	print();
	print(
		'Targets at 1,000 models (2,000+ pages) on this 2-core machine: ≤ 90 s total, ≤ 150 KB per query.',
	);
}

// What the slowest part of `npm test` costs at a larger size: the quality gates over every page.
if (values['quality-at']) {
	const count = Number(values['quality-at']);
	const root = syntheticSite(count);
	try {
		const build = timedBuild(root);
		const started = performance.now();
		const run = spawnSync(
			path.join(projectRoot, 'node_modules/.bin/vitest'),
			['run', '--project', 'e2e', 'tests/e2e/quality.test.ts', '-t', 'quality gates'],
			{
				cwd: projectRoot,
				encoding: 'utf8',
				env: { ...process.env, ATLAS_DIST: path.join(root, 'dist') },
			},
		);
		const seconds = (performance.now() - started) / 1000;
		print();
		print(`## Quality gates at ${count} synthetic models`);
		print();
		print(
			'| pages | build time | quality gates (axe every rule, CSP, requests; templates in both themes) | result |',
		);
		print('| --- | --- | --- | --- |');
		print(
			`| ${build.pages} | ${build.seconds.toFixed(1)} s | ${seconds.toFixed(1)} s | ${
				run.status === 0
					? 'passed'
					: `failed: ${(run.stdout + run.stderr)
							.split('\n')
							.filter((l) => /×|Error/.test(l))
							.slice(0, 3)
							.join(' ')}`
			} |`,
		);
	} finally {
		removeSite(root);
	}
}

if (values.markdown) {
	const file = path.join(projectRoot, 'BENCHMARKS.md');
	const run = lines.map((line) => line.replace(/^(#+) /, '$1## ')).join('\n');
	writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${run.trim()}\n`);
	console.log(`\nappended this run to ${path.relative(process.cwd(), file)}`);
}
