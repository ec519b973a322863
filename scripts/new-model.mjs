// `npm run new:model -- <slug> [--background] [--name "Display Name"]`
// Creates the English and Chinese pages of a new model from the templates in
// scripts/templates/. The placeholders fail the build (arXiv id, date, paradigm, component)
// until they are filled in with verified facts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './lib/fixture-site.mjs';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		background: { type: 'boolean', default: false },
		name: { type: 'string' },
		root: { type: 'string', default: projectRoot },
	},
});
const [slug] = positionals;
const fail = (message) => {
	console.error(`new:model: ${message}`);
	process.exit(1);
};
if (!slug) fail('give the model slug, e.g. `npm run new:model -- emu4`');
if (!/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(slug))
	fail(`"${slug}" is not a lower-case ASCII slug such as "seed-llama" or "emu3.5"`);

const folder = values.background ? 'background' : 'models';
const name =
	values.name ??
	slug.replace(/(^|-)([a-z])/g, (_, dash, letter) => `${dash}${letter.toUpperCase()}`);
const today = new Date().toISOString().slice(0, 10);
const targets = [
	['en', path.join(values.root, 'content/docs', folder, `${slug}.mdx`)],
	['zh-CN', path.join(values.root, 'content/docs/zh-cn', folder, `${slug}.mdx`)],
];
for (const [, target] of targets) {
	if (existsSync(target)) fail(`${path.relative(values.root, target)} already exists`);
}
for (const [lang, target] of targets) {
	const template = readFileSync(
		path.join(projectRoot, `scripts/templates/model.${lang}.mdx`),
		'utf8',
	);
	let page = template.replaceAll('__NAME__', name).replaceAll('__TODAY__', today);
	if (values.background) page = page.replace('  paradigm: TODO', '  paradigm: generator');
	mkdirSync(path.dirname(target), { recursive: true });
	writeFileSync(target, page);
	console.log(`created ${path.relative(values.root, target)}`);
}
console.log(
	'Fill in every TODO with facts from the paper or the official repository (see CONTRIBUTING.md), then run `npm test`.',
);
