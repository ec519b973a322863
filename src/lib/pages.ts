import type { LocaleKey } from '../config/locales';
import type { ModelFacts } from '../schemas/model';
import { splitLocale } from './locale';

/** The folders whose pages describe models: unified models and background generators. */
export const modelSections = ['models', 'background'] as const;
export type ModelSection = (typeof modelSections)[number];

/** The parts of a docs entry that the atlas needs, independent of Astro's types. */
export interface PageInput {
	/** Entry id, e.g. `zh-cn/models/emu`. */
	id: string;
	/** Source file relative to the project root. */
	filePath: string;
	title: string;
	description?: string | undefined;
	model?: ModelFacts | undefined;
}

/** A model page in one language. */
export interface ModelPage {
	/** Language-neutral model slug, e.g. `emu`. */
	slug: string;
	/** Shared page slug, e.g. `models/emu`. */
	path: string;
	section: ModelSection;
	locale: LocaleKey;
	filePath: string;
	title: string;
	description: string | undefined;
	facts: ModelFacts;
}

/**
 * Picks the model pages out of all docs pages.
 *
 * @example
 * toModelPages([{ id: 'zh-cn/models/emu', filePath: 'content/docs/zh-cn/models/emu.mdx', title: 'Emu', model: facts }])
 * // => [{ slug: 'emu', path: 'models/emu', section: 'models', locale: 'zh-cn', … }]
 */
export function toModelPages(pages: readonly PageInput[]): ModelPage[] {
	return pages.flatMap((page) => {
		const { locale, slug: path } = splitLocale(page.id);
		const [section, slug, ...rest] = path.split('/');
		if (!page.model || !isModelSection(section) || !slug || rest.length) return [];
		return [
			{
				slug,
				path,
				section,
				locale,
				filePath: page.filePath,
				title: page.title,
				description: page.description,
				facts: page.model,
			},
		];
	});
}

/**
 * Whether a first path segment is one of the model folders.
 *
 * @example
 * isModelSection('background') // => true
 */
export function isModelSection(segment: string | undefined): segment is ModelSection {
	return (modelSections as readonly (string | undefined)[]).includes(segment);
}
