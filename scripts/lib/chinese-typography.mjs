// Chinese typography lint: spacing between CJK and Latin text, full-width punctuation in CJK
// sentences, no space between full-width punctuation and Latin words, as CONTRIBUTING.zh-CN
// asks. The rules are AutoCorrect's (autocorrect-node); this module decides what is Chinese
// text: the Chinese pages, and the `zh-CN` strings of data files and UI strings.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';

// AutoCorrect's native binding for Linux x64, the kind of machine this project runs on. The
// `autocorrect-node` wrapper lists bindings for other platforms that the registry here does not
// serve, which breaks `npm ci`, so the binding is an optional dependency of its own.
const { formatFor, lintFor, loadConfig } = loadAutoCorrect();

function loadAutoCorrect() {
	try {
		return createRequire(import.meta.url)('autocorrect-node-linux-x64-gnu');
	} catch {
		throw new Error(
			`The Chinese typography lint needs AutoCorrect's binding for linux-x64 (npm package autocorrect-node-linux-x64-gnu); this machine is ${process.platform}-${process.arch}. Run the tests on Linux x64, as CI does.`,
		);
	}
}

// A hyphen inside a Chinese compound (厄巴纳-香槟, 空间-时间) keeps its tight form; AutoCorrect's
// `space-dash` rule would pad it with spaces.
loadConfig(JSON.stringify({ rules: { 'space-dash': 0 } }));

/**
 * Every Chinese string of a parsed data file: the values under a `zh-CN` key, at any depth.
 * @param {unknown} value
 * @returns {string[]}
 * @example chineseStrings({ label: { en: 'Image', 'zh-CN': '图像' } }) // => ['图像']
 */
export function chineseStrings(value) {
	if (Array.isArray(value)) return value.flatMap(chineseStrings);
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) =>
		key === 'zh-CN' && typeof inner === 'string' ? [inner] : chineseStrings(inner),
	);
}

/**
 * Typography problems in one Chinese text, as `{ line, old, new }` (lines count from 1).
 * @param {string} text
 * @param {'markdown' | 'text'} kind
 * @example lintChinese('使用ViT编码器', 'text') // => [{ line: 1, old: '使用ViT编码器', new: '使用 ViT 编码器' }]
 */
export function lintChinese(text, kind) {
	const result = lintFor(text, kind === 'markdown' ? 'page.md' : 'text.txt');
	return result.lines.map((line) => ({ line: line.l, old: line.old, new: line.new }));
}

/**
 * The files the lint reads, relative to the project root, with how to read each.
 * @param {string} root
 */
export function chineseSources(root) {
	const list = (folder, ending) =>
		readdirSync(path.join(root, folder), { recursive: true })
			.map(String)
			.filter((file) => file.endsWith(ending))
			.map((file) => path.join(folder, file));
	return [
		...list('content/docs/zh-cn', '.mdx').map((file) => ({ file, kind: 'page' })),
		...['content/models', 'content/components', 'content/diagrams']
			.flatMap((folder) => list(folder, '.yaml'))
			.map((file) => ({ file, kind: 'data' })),
		{ file: 'content/glossary.yaml', kind: 'data' },
		{ file: 'content/i18n/zh-CN.json', kind: 'strings' },
	];
}

/**
 * Lints every Chinese source; with `fix`, returns the corrected text of each file too.
 * @param {string} root
 * @returns {{ file: string, line?: number, old: string, new: string }[]}
 */
export function lintChineseSources(root) {
	const problems = [];
	for (const { file, kind } of chineseSources(root)) {
		const raw = readFileSync(path.join(root, file), 'utf8');
		if (kind === 'page') {
			for (const problem of lintChinese(raw, 'markdown')) problems.push({ file, ...problem });
			continue;
		}
		const data = kind === 'strings' ? Object.values(JSON.parse(raw)) : chineseStrings(parse(raw));
		for (const text of data) {
			if (typeof text !== 'string') continue;
			for (const problem of lintChinese(text, 'text'))
				problems.push({ file, ...problem, line: undefined });
		}
	}
	return problems;
}

/**
 * A page's text with AutoCorrect's corrections applied (for `--fix`).
 * @param {string} raw
 */
export function fixChinesePage(raw) {
	return formatFor(raw, 'page.md');
}
