import type { ContentProblem } from './content-problems';
import type { ModelPage } from '../lib/pages';

/** A component as the reference check sees it. */
export interface ComponentRef {
	slug: string;
	filePath: string;
	related: readonly string[];
}

/**
 * Finds references to components or models that do not exist: a model's component tags and
 * `buildsOn` slugs, and a component's `related` slugs.
 *
 * @example
 * findBrokenReferences([emuWithTag('eva-clipp')], [{ slug: 'eva-clip', filePath: '…', related: [] }])
 * // => [{ file: 'content/models/emu.yaml', field: 'components[0].tag', message: 'unknown component "eva-clipp"…' }]
 */
export function findBrokenReferences(
	models: readonly ModelPage[],
	components: readonly ComponentRef[],
): ContentProblem[] {
	const componentSlugs = new Set(components.map((component) => component.slug));
	const modelSlugs = new Set(models.map((model) => model.slug));
	const problems: ContentProblem[] = [];
	for (const model of models) {
		model.facts.components.forEach(({ tag }, index) => {
			if (componentSlugs.has(tag)) return;
			problems.push({
				file: model.dataFile,
				field: `components[${index}].tag`,
				message: `unknown component "${tag}"${suggest(tag, componentSlugs)}; add content/components/${tag}.yaml or fix the slug`,
			});
		});
		model.facts.buildsOn.forEach((slug, index) => {
			if (slug === model.slug) {
				problems.push({
					file: model.dataFile,
					field: `buildsOn[${index}]`,
					message: 'a model cannot build on itself',
				});
			} else if (!modelSlugs.has(slug)) {
				problems.push({
					file: model.dataFile,
					field: `buildsOn[${index}]`,
					message: `unknown model "${slug}"${suggest(slug, modelSlugs)}; it needs content/models/${slug}.yaml and its pages`,
				});
			}
		});
	}
	for (const component of components) {
		component.related.forEach((slug, index) => {
			if (componentSlugs.has(slug) && slug !== component.slug) return;
			problems.push({
				file: component.filePath,
				field: `related[${index}]`,
				message: `unknown related component "${slug}"${suggest(slug, componentSlugs)}`,
			});
		});
	}
	return problems;
}

/** Finds components that no model uses: they would get an empty tag page. */
export function findUnusedComponents(
	models: readonly ModelPage[],
	components: readonly ComponentRef[],
): ContentProblem[] {
	const used = new Set(models.flatMap((model) => model.facts.components.map(({ tag }) => tag)));
	return components
		.filter((component) => !used.has(component.slug))
		.map((component) => ({
			file: component.filePath,
			field: '(file)',
			message: `component "${component.slug}" is used by no model; reference it from a model's \`components\` or delete the file`,
		}));
}

function suggest(wrong: string, known: ReadonlySet<string>): string {
	const close = [...known].find(
		(slug) =>
			slug.replace(/-/g, '') === wrong.replace(/-/g, '') ||
			slug.startsWith(wrong) ||
			wrong.startsWith(slug),
	);
	return close ? ` (did you mean "${close}"?)` : '';
}
