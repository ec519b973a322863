import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
	buildSite,
	createFixtureSite,
	projectRoot,
	removeSite,
} from '../../scripts/lib/fixture-site.mjs';

const sites: string[] = [];
afterAll(() => sites.forEach(removeSite));

/** A fixture site with a new model scaffolded by `npm run new:model`. */
function scaffold(slug: string) {
	const root = createFixtureSite(path.resolve(import.meta.dirname, '../fixtures/content-valid'));
	sites.push(root);
	const result = spawnSync(
		process.execPath,
		[path.join(projectRoot, 'scripts/new-model.mjs'), slug, '--name', 'Beta', '--root', root],
		{
			encoding: 'utf8',
		},
	);
	expect(result.status, result.stderr).toBe(0);
	return {
		root,
		data: path.join(root, 'content/models', `${slug}.yaml`),
	};
}

test('a freshly scaffolded model fails the build until its facts are filled in, naming the fields', () => {
	const { root } = scaffold('beta');
	const { status, output } = buildSite(root);
	expect(status).not.toBe(0);
	expect(output).toContain('models/beta');
	for (const field of ['arxiv', 'date', 'paradigm'])
		expect(output).toMatch(new RegExp(`\\b${field}\\b`));
});

test('the scaffolded pages build in both languages once the placeholders hold real facts', () => {
	const { root, data } = scaffold('beta');
	const filled = readFileSync(data, 'utf8')
		.replaceAll('TODO-open-gated-or-none', 'none')
		.replace("arxiv: 'TODO'", "arxiv: '2402.00001'")
		.replace('date: TODO-first-version-date', 'date: 2024-02-01')
		.replace('paradigm: TODO', 'paradigm: ar-semantic')
		.replaceAll('TODO-component-slug', 'fixture-encoder');
	writeFileSync(data, filled);
	const { status, output } = buildSite(root);
	expect(status, output.slice(-2000)).toBe(0);
	expect(readFileSync(path.join(root, 'dist/zh-cn/models/beta/index.html'), 'utf8')).toContain(
		'流程图',
	);
});
