import type { LocaleKey } from '../config/locales';
import { findLineageCycle } from '../lib/lineage';
import type { ModelPage, PageInput } from '../lib/pages';
import type { ContentProblem } from './content-problems';
import { findDiagramComponentMismatches } from './diagram-components';
import { findInvalidDiagrams, type DiagramRef } from './diagrams';
import { findMissingTranslations } from './locale-pairs';
import { findUnjoinedModels, type ModelEntryRef, type ModelProseRef } from './model-entries';
import { findHandWrittenDiagrams, findIncompleteModelPages } from './model-pages';
import { findBrokenReferences, findUnusedComponents, type ComponentRef } from './references';
import { findPermalinkConflicts } from './permalinks';
import { findResultProblems, type ResultsFileRef } from './results';
import type { Benchmark } from '../schemas/benchmark';
import { findCrossLanguageLinks } from './same-language-links';

/** Everything the cross-file checks look at, loaded once per build by `src/data/atlas.ts`. */
export interface ContentUnderCheck {
	localeKeys: readonly LocaleKey[];
	languages: readonly string[];
	/** Every docs page, with its locale and source text. */
	pages: readonly (PageInput & { locale: LocaleKey; body: string })[];
	/** Model data entries. */
	entries: readonly ModelEntryRef[];
	/** Model pages found in the docs, joined or not. */
	modelPages: readonly ModelProseRef[];
	/** Model pages joined to their data, in the default locale (one per model). */
	models: readonly ModelPage[];
	components: readonly ComponentRef[];
	/** Results files, one per model (`content/results/<model>.yaml`). */
	results: readonly ResultsFileRef[];
	/** Benchmarks by slug. */
	benchmarks: ReadonlyMap<string, Benchmark>;
	/** Diagrams outside model data (content/diagrams/), with the components their boxes link to. */
	diagrams: readonly (DiagramRef & { componentTags: readonly string[] })[];
}

/**
 * Every check that needs more than one file, in one place: languages complete, data joined to
 * prose, references resolve, diagrams match their components and parse in every language, prose
 * links stay in their language, lineage has no cycle, permalinks are unambiguous. Checks on single files are the zod schemas
 * in `src/schemas/`; checks on the built site are wired in `src/integrations/atlas-checks.ts`.
 *
 * @example
 * await findContentProblems(content) // => [] when the content is consistent
 */
export async function findContentProblems(content: ContentUnderCheck): Promise<ContentProblem[]> {
	const { models, components, pages } = content;
	const componentSlugs = new Set(components.map((c) => c.slug));
	const cycle = findLineageCycle(models.map((m) => ({ slug: m.slug, buildsOn: m.facts.buildsOn })));
	const modelFiles = new Set(content.modelPages.map((page) => page.filePath));
	return [
		...findMissingTranslations(pages, content.localeKeys),
		...findUnjoinedModels(content.entries, content.modelPages, content.localeKeys, 'content/docs'),
		...findBrokenReferences(models, components),
		...findPermalinkConflicts(models),
		...content.results
			.filter((file) => !models.some((m) => m.slug === file.model))
			.map((file) => ({
				file: file.file,
				field: '(file)',
				message: `no model "${file.model}": a results file is named after the model's slug`,
			})),
		...findResultProblems(content.results, content.benchmarks),
		...findUnusedComponents(models, components),
		...findDiagramComponentMismatches(
			models.map((m) => ({
				filePath: m.dataFile,
				components: m.facts.components,
				nodes: m.facts.pipeline.nodes,
			})),
		),
		...content.diagrams.flatMap(({ file, componentTags }) =>
			componentTags
				.filter((tag) => !componentSlugs.has(tag))
				.map((tag) => ({ file, field: 'nodes', message: `unknown component "${tag}"` })),
		),
		...findIncompleteModelPages(pages.filter((page) => modelFiles.has(page.filePath))),
		...findHandWrittenDiagrams(pages),
		...findCrossLanguageLinks(pages),
		...(cycle
			? [
					{
						file: 'content/models',
						field: 'buildsOn',
						message: `lineage has a cycle: ${cycle.join(' → ')}`,
					},
				]
			: []),
		...(await findInvalidDiagrams(
			[
				...models.map((m) => ({ file: m.dataFile, field: 'pipeline', diagram: m.facts.pipeline })),
				...content.diagrams,
			],
			content.languages,
		)),
	];
}
