import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, createFixtureSite, removeSite } from '../../scripts/lib/fixture-site.mjs';

const validContent = path.resolve(import.meta.dirname, '../fixtures/content-valid');
const sites: string[] = [];
afterAll(() => sites.forEach(removeSite));

/** Builds the valid fixture after one change and returns the build's status and output. */
function buildWith(mutate?: (content: string) => void) {
	const root = createFixtureSite(validContent, mutate);
	sites.push(root);
	return buildSite(root);
}

/** Edits a file of the fixture content in place. */
function edit(content: string, file: string, change: (text: string) => string) {
	const target = path.join(content, file);
	writeFileSync(target, change(readFileSync(target, 'utf8')));
}

const englishPage = 'docs/models/alpha.mdx';
const chinesePage = 'docs/zh-cn/models/alpha.mdx';
const bothPages = (content: string, change: (text: string) => string) => {
	edit(content, englishPage, change);
	edit(content, chinesePage, change);
};

describe('the build', () => {
	test('succeeds on valid content, without warnings', () => {
		const { status, output } = buildWith();
		expect(output).not.toMatch(/\[WARN\]|warning/i);
		expect(status).toBe(0);
	});

	test('fails on a schema violation, naming the file and the field', () => {
		const { status, output } = buildWith((c) =>
			bothPages(c, (t) => t.replace('paradigm: ar-semantic', 'paradigm: magic')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('models/alpha');
		expect(output).toMatch(/model\.paradigm/);
	});

	test('fails on a malformed arXiv id, naming the file, the field and the expected form', () => {
		const { status, output } = buildWith((c) =>
			bothPages(c, (t) => t.replace("arxiv: '2401.00001'", "arxiv: '2401.1'")),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('models/alpha');
		expect(output).toMatch(/model\.arxiv/);
		expect(output).toContain('YYMM.NNNNN');
	});

	test('fails on an unknown component, naming the file and the field', () => {
		const { status, output } = buildWith((c) =>
			bothPages(c, (t) => t.replace('tag: fixture-encoder', 'tag: fixture-encodr')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/models/alpha.mdx → model.components[0].tag: unknown component "fixture-encodr"',
		);
	});

	test('fails on a page missing in one language, naming the page and the missing file', () => {
		const { status, output } = buildWith((c) => rmSync(path.join(c, chinesePage)));
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/models/alpha.mdx → (file): has no zh-cn version: add content/docs/zh-cn/models/alpha.mdx',
		);
	});

	test('fails on facts that differ between the languages', () => {
		const { status, output } = buildWith((c) =>
			edit(c, chinesePage, (t) => t.replace('openWeights: false', 'openWeights: true')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/zh-cn/models/alpha.mdx → model.openWeights: differs from content/docs/models/alpha.mdx',
		);
	});

	test('fails on an invalid Mermaid diagram, naming the file, line and Mermaid error', () => {
		const { status, output } = buildWith((c) =>
			edit(c, englishPage, (t) => t.replace('enc --> llm[Backbone]', 'enc --> llm[Backbone]]]')),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/docs\/models\/alpha\.mdx:\d+: invalid Mermaid diagram/);
		expect(output).toContain('Parse error');
	});

	test('fails on a model page without a pipeline diagram', () => {
		const { status, output } = buildWith((c) =>
			edit(c, chinesePage, (t) => t.replace('```mermaid', '```text')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/zh-cn/models/alpha.mdx → (body): has no ```mermaid pipeline diagram',
		);
	});

	test('fails on a broken internal link, naming the page that has it', () => {
		const { status, output } = buildWith((c) =>
			edit(c, englishPage, (t) => `${t}\nSee [a missing model](/models/nope/).\n`),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'dist/models/alpha/index.html → href: links to /models/nope/, which does not exist',
		);
	});

	test('fails on a duplicate slug, naming both files', () => {
		const { status, output } = buildWith((c) =>
			writeFileSync(path.join(c, 'docs/models/alpha.md'), '---\ntitle: Another Alpha\n---\n'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('has the same URL slug "models/alpha"');
		expect(output).toMatch(/alpha\.md\b/);
	});

	test('fails on a component that no model uses, instead of publishing an empty tag page', () => {
		const { status, output } = buildWith((c) =>
			writeFileSync(
				path.join(c, 'components/orphan.yaml'),
				'name: Orphan\nkind: encoder\ndescription:\n  en: Unused.\n  zh-CN: 未使用。\n',
			),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/components/orphan.yaml → (file): component "orphan" is used by no model',
		);
	});
});
