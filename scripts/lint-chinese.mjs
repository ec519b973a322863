// `node scripts/lint-chinese.mjs [--fix]`: Chinese typography of every Chinese page and string.
// Part of `npm test`. With --fix, pages are corrected in place and data strings replaced where
// they occur verbatim.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fixChinesePage, lintChineseSources } from './lib/chinese-typography.mjs';
import { projectRoot } from './lib/fixture-site.mjs';

const { values } = parseArgs({ options: { fix: { type: 'boolean', default: false } } });
let problems = lintChineseSources(projectRoot);
if (values.fix && problems.length) {
	for (const file of new Set(problems.map((problem) => problem.file))) {
		const target = path.join(projectRoot, file);
		let text = readFileSync(target, 'utf8');
		if (file.endsWith('.mdx')) text = fixChinesePage(text);
		else
			for (const problem of problems.filter((p) => p.file === file))
				text = text.replaceAll(problem.old, problem.new);
		writeFileSync(target, text);
	}
	problems = lintChineseSources(projectRoot);
}
for (const problem of problems) {
	console.log(
		`${problem.file}${problem.line ? `:${problem.line}` : ''}\n  - ${problem.old.trim()}\n  + ${problem.new.trim()}`,
	);
}
console.log(
	problems.length
		? `${problems.length} Chinese typography problem(s). Fix them, or run: node scripts/lint-chinese.mjs --fix`
		: 'Chinese typography: no problems.',
);
process.exit(problems.length ? 1 : 0);
