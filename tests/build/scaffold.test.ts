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
		files: ['content/docs/models', 'content/docs/zh-cn/models'].map((folder) =>
			path.join(root, folder, `${slug}.mdx`),
		),
	};
}

test('a freshly scaffolded model fails the build until its facts are filled in, naming the fields', () => {
	const { root } = scaffold('beta');
	const { status, output } = buildSite(root);
	expect(status).not.toBe(0);
	expect(output).toContain('models/beta');
	for (const field of ['model.arxiv', 'model.date', 'model.paradigm'])
		expect(output).toContain(field);
});

test('the scaffolded pages build in both languages once the placeholders hold real facts', () => {
	const { root, files } = scaffold('beta');
	for (const file of files) {
		const filled = readFileSync(file, 'utf8')
			.replace("arxiv: 'TODO'", "arxiv: '2402.00001'")
			.replace('date: TODO-first-version-date', 'date: 2024-02-01')
			.replace('paradigm: TODO', 'paradigm: ar-semantic')
			.replace('tag: TODO-component-slug', 'tag: fixture-encoder');
		writeFileSync(file, filled);
	}
	const { status, output } = buildSite(root);
	expect(status, output.slice(-2000)).toBe(0);
	expect(readFileSync(path.join(root, 'dist/zh-cn/models/beta/index.html'), 'utf8')).toContain(
		'流程图',
	);
});
