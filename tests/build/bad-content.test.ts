import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, createFixtureSite, removeSite } from '../../scripts/lib/fixture-site.mjs';

const validContent = path.resolve(import.meta.dirname, '../fixtures/content-valid');
const sites: string[] = [];
afterAll(() => sites.forEach(removeSite));

/** Builds the valid fixture after one change and returns the build's status and output. */
function buildWith(mutate?: (content: string) => void, env?: Record<string, string>) {
	const root = createFixtureSite(validContent, mutate);
	sites.push(root);
	return { root, ...buildSite(root, env) };
}

/** Edits a file of the fixture content in place. */
function edit(content: string, file: string, change: (text: string) => string) {
	const target = path.join(content, file);
	writeFileSync(target, change(readFileSync(target, 'utf8')));
}

const data = 'models/alpha.yaml';
const englishPage = 'docs/models/alpha.mdx';
const chinesePage = 'docs/zh-cn/models/alpha.mdx';

describe('the build', () => {
	test('succeeds on valid content, without warnings', () => {
		const { status, output } = buildWith();
		expect(output).not.toMatch(/\[WARN\]|warning/i);
		expect(status).toBe(0);
	});

	test('fails on a schema violation, naming the file and the field', () => {
		const { status, output } = buildWith((c) =>
			edit(c, data, (t) => t.replace('paradigm: ar-semantic', 'paradigm: magic')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('models/alpha');
		expect(output).toMatch(/paradigm/);
	});

	test('fails on a malformed arXiv id, naming the file, the field and the expected form', () => {
		const { status, output } = buildWith((c) =>
			edit(c, data, (t) => t.replace("arxiv: '2401.00001'", "arxiv: '2401.1'")),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('models/alpha');
		expect(output).toMatch(/arxiv/);
		expect(output).toContain('YYMM.NNNNN');
	});

	test('fails on an unknown component, naming the file and the field', () => {
		const { status, output } = buildWith((c) =>
			edit(c, data, (t) => t.replace('tag: fixture-encoder', 'tag: fixture-encodr')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/models/alpha.yaml → components[0].tag: unknown component "fixture-encodr"',
		);
	});

	test('fails on a page missing in one language, naming the data and the page to add', () => {
		const { status, output } = buildWith((c) => rmSync(path.join(c, chinesePage)));
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/models/alpha.yaml → (file): has no page in the zh-cn locale: add content/docs/zh-cn/models/alpha.mdx',
		);
	});

	test('fails on a model page without data, naming the page', () => {
		const { status, output } = buildWith((c) => rmSync(path.join(c, data)));
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/models/alpha.mdx → (file): is a model page, but there is no content/models/alpha.yaml',
		);
	});

	test('fails on a Chinese page that links to an English page, giving the corrected path', () => {
		const { status, output } = buildWith((c) =>
			edit(c, chinesePage, (t) => `${t}\n另见 [Alpha](/models/alpha/)。\n`),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/zh-cn/models/alpha.mdx → (body): links to the root page /models/alpha/: use /zh-cn/models/alpha/',
		);
	});

	test('fails on a diagram edge to a node that does not exist, naming the field', () => {
		const { status, output } = buildWith((c) =>
			edit(c, data, (t) => t.replace('{ from: enc, to: llm', '{ from: enc, to: lm')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('models/alpha');
		expect(output).toMatch(/pipeline\.edges\.1\.to/);
		expect(output).toContain('no node has the id "lm"');
	});

	test('fails on a diagram label missing a language', () => {
		const { status, output } = buildWith((c) =>
			edit(c, data, (t) => t.replace('{ en: Image, zh-CN: 图像 }', '{ en: Image }')),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/pipeline\.nodes\.0\.label\.zh-CN/);
	});

	test('fails on a component that the facts list but the diagram does not draw', () => {
		const { status, output } = buildWith((c) => {
			edit(c, data, (t) =>
				t.replace('imageTokens:', '  - { tag: fixture-backbone, role: backbone }\nimageTokens:'),
			);
			writeFileSync(
				path.join(c, 'components/fixture-backbone.yaml'),
				'name: Fixture backbone\nkind: backbone\ndescription:\n  en: A backbone.\n  zh-CN: 主干网络。\n',
			);
		});
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/models/alpha.yaml → components[1].tag: fixture-backbone (backbone) has no box in the pipeline',
		);
	});

	test('fails on a model page without its pipeline diagram', () => {
		const { status, output } = buildWith((c) =>
			edit(c, chinesePage, (t) => t.replace('<Pipeline />', '')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/zh-cn/models/alpha.mdx → (body): does not draw its pipeline',
		);
	});

	test('fails on a hand-written Mermaid diagram', () => {
		const { status, output } = buildWith((c) =>
			edit(c, englishPage, (t) => `${t}\n\`\`\`mermaid\nflowchart TD\n  a --> b\n\`\`\`\n`),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/models/alpha.mdx → (body): has a hand-written ```mermaid diagram',
		);
	});

	test("fails on a score outside its benchmark's range, naming the file and the field", () => {
		const { status, output } = buildWith((c) =>
			edit(c, 'results/alpha.yaml', (t) => t.replace("value: '0.61'", "value: '61'")),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			"content/results/alpha.yaml → results.0.value: 61 is outside Fixture Bench's range 0–1",
		);
	});

	test('fails on a score from an unknown benchmark or without a source, naming the field', () => {
		const unknown = buildWith((c) =>
			edit(c, 'results/alpha.yaml', (t) =>
				t.replace('benchmark: fixture-bench', 'benchmark: magic-bench'),
			),
		);
		expect(unknown.status).not.toBe(0);
		expect(unknown.output).toContain(
			'content/results/alpha.yaml → results.0.benchmark: unknown benchmark "magic-bench"',
		);
		const unsourced = buildWith((c) =>
			edit(c, 'results/alpha.yaml', (t) => t.replace(/    source: .*\n/, '')),
		);
		expect(unsourced.status).not.toBe(0);
		expect(unsourced.output).toMatch(/results → alpha[\s\S]*results\.0\.source/);
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

describe('a site built under a base path', () => {
	test('links every page, diagram box and asset under that path', () => {
		const { root, status, output } = buildWith(
			(c) => edit(c, chinesePage, (t) => `${t}\n另见 [Alpha](/zh-cn/models/alpha/)。\n`),
			{ ATLAS_BASE: '/atlas/' },
		);
		expect(output).not.toMatch(/\[WARN\]/);
		expect(status).toBe(0);
		const dist = path.join(root, 'dist');
		const pages = readdirSync(dist, { recursive: true })
			.map(String)
			.filter((file) => file.endsWith('.html'));
		const outside: string[] = [];
		for (const file of pages) {
			const html = readFileSync(path.join(dist, file), 'utf8');
			for (const [, href] of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
				if (!href?.startsWith('/atlas/')) outside.push(`${file}: ${href}`);
			}
		}
		expect(outside).toEqual([]);
		const chinese = readFileSync(path.join(dist, 'zh-cn/models/alpha/index.html'), 'utf8');
		expect(chinese).toContain('href="/atlas/zh-cn/tags/fixture-encoder/"');
		expect(chinese).toContain('href="/atlas/zh-cn/models/alpha/"');
	});
});

describe('authored text', () => {
	test('reaches the page as visible text, never as markup', () => {
		const hostile = '<img src=x onerror=alert(1)>';
		const { root, status, output } = buildWith((c) =>
			edit(c, data, (t) =>
				t
					.replace('{ en: Image, zh-CN: 图像 }', `'<script>alert(1)</script>'`)
					.replace('en: An image goes through', `en: ${hostile} An image goes through`)
					.replace(
						'note: { en: frozen, zh-CN: 冻结 }',
						`note: { en: '${hostile}', zh-CN: '${hostile}' }`,
					),
			),
		);
		expect(status, output.slice(-1500)).toBe(0);
		const html = readFileSync(path.join(root, 'dist/models/alpha/index.html'), 'utf8');
		const { document } = new JSDOM(html).window;
		// No element was created from the authored text…
		expect(document.querySelectorAll('img[src="x"], [onerror]')).toHaveLength(0);
		const scripts = [...document.querySelectorAll('script')].map((script) => script.textContent);
		expect(scripts.filter((text) => text?.includes('alert(1)'))).toEqual([]);
		// …and the reader sees it as text: in the diagram, its text version, the caption, the chips.
		const text = (selector: string) =>
			[...document.querySelectorAll(selector)].map((node) => node.textContent).join(' ');
		expect(text('figure.pipeline svg text')).toContain('<script>alert(1)</script>');
		expect(text('figure.pipeline .pipeline-text')).toContain('<script>alert(1)</script>');
		expect(text('figure.pipeline figcaption')).toContain(hostile);
		expect(text('.component-chips')).toContain(hostile);
	});
});
