import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { componentSchema } from './schemas/component';
import { glossaryTermSchema } from './schemas/glossary';
import { uiStringsSchema } from './schemas/i18n';
import { docsExtensionSchema } from './schemas/model';
import { i18nFolderLoader } from './loaders/i18n-loader';
import { contentId } from './lib/content-id';

export const collections = {
	/** Pages in both languages: English at the root, Chinese under `zh-cn/`. */
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}', generateId: contentId }),
		schema: docsSchema({ extend: docsExtensionSchema }),
	}),
	/** UI strings, one file per language. */
	i18n: defineCollection({
		loader: i18nFolderLoader('content/i18n'),
		schema: i18nSchema({ extend: uiStringsSchema }),
	}),
	/** Components (tags): one YAML file each, named by the tag slug. */
	components: defineCollection({
		loader: glob({ base: './content/components', pattern: '[^_]*.yaml', generateId: contentId }),
		schema: componentSchema,
	}),
	/** The glossary that fixes how each term is written in both languages. */
	glossary: defineCollection({
		loader: file('./content/glossary.yaml'),
		schema: glossaryTermSchema,
	}),
};
