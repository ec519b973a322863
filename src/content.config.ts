import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { componentSchema } from './schemas/component';
import { diagramSchema } from './schemas/diagram';
import { glossaryTermSchema } from './schemas/glossary';
import { uiStringsSchema } from './schemas/i18n';
import { modelSchema } from './schemas/model';
import { benchmarkSchema } from './schemas/benchmark';
import { modelResultsSchema } from './schemas/result';
import { i18nFolderLoader } from './loaders/i18n-loader';
import { contentId } from './lib/content-id';

/** One collection per kind of entity; everything under the top-level `content/` folder. */
export const collections = {
	/** Prose pages in every language: English at the root, Chinese under `zh-cn/`. */
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}', generateId: contentId }),
		schema: docsSchema(),
	}),
	/** Models: one YAML file each with every language-neutral fact and the pipeline diagram. */
	models: defineCollection({
		loader: glob({ base: './content/models', pattern: '[^_]*.yaml', generateId: contentId }),
		schema: modelSchema,
	}),
	/** Benchmarks: what each measures, its metric, range and direction, its paper. */
	benchmarks: defineCollection({
		loader: glob({ base: './content/benchmarks', pattern: '[^_]*.yaml', generateId: contentId }),
		schema: benchmarkSchema,
	}),
	/** Results: one file per model, one record per number, each with its source. */
	results: defineCollection({
		loader: glob({ base: './content/results', pattern: '[^_]*.yaml', generateId: contentId }),
		schema: modelResultsSchema,
	}),
	/** Diagrams that belong to no single model (the overview's routes). */
	diagrams: defineCollection({
		loader: glob({ base: './content/diagrams', pattern: '[^_]*.yaml', generateId: contentId }),
		schema: diagramSchema,
	}),
	/** Components (tags): one YAML file each, named by the component slug. */
	components: defineCollection({
		loader: glob({ base: './content/components', pattern: '[^_]*.yaml', generateId: contentId }),
		schema: componentSchema,
	}),
	/** UI strings, one file per language. */
	i18n: defineCollection({
		loader: i18nFolderLoader('content/i18n'),
		schema: i18nSchema({ extend: uiStringsSchema }),
	}),
	/** How each technical term is written in every language. */
	glossary: defineCollection({
		loader: file('./content/glossary.yaml'),
		schema: glossaryTermSchema,
	}),
};
