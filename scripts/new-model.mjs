// `npm run new:model -- <slug> [--background] [--name "Display Name"]`
// Creates a new model from the templates in scripts/templates/: its data file
// content/models/<slug>.yaml (facts, sources, citation, diagram) and one prose page per
// language. The placeholders fail the build (arXiv id, date, paradigm, component) until they
// are filled in with verified facts.
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
	['model.yaml', path.join(values.root, 'content/models', `${slug}.yaml`)],
	['model.en.mdx', path.join(values.root, 'content/docs', folder, `${slug}.mdx`)],
	['model.zh-CN.mdx', path.join(values.root, 'content/docs/zh-cn', folder, `${slug}.mdx`)],
];
for (const [, target] of targets) {
	if (existsSync(target)) fail(`${path.relative(values.root, target)} already exists`);
}
for (const [template, target] of targets) {
	let page = readFileSync(path.join(projectRoot, 'scripts/templates', template), 'utf8')
		.replaceAll('__NAME__', name)
		.replaceAll('__SLUG__', slug)
		.replaceAll('__FOLDER__', folder)
		.replaceAll('__TODAY__', today);
	if (values.background) page = page.replace('paradigm: TODO', 'paradigm: generator');
	mkdirSync(path.dirname(target), { recursive: true });
	writeFileSync(target, page);
	console.log(`created ${path.relative(values.root, target)}`);
}
console.log(
	'Fill in every TODO with facts from the paper or the official repository (see CONTRIBUTING.md), then run `npm test`.',
);
