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
}

/** A model's data entry, independent of Astro's types. */
export interface ModelEntryInput {
	slug: string;
	/** `content/models/<slug>.yaml`. */
	filePath: string;
	facts: ModelFacts;
}

/** A model page in one language: its prose page joined to the model's data by slug. */
export interface ModelPage {
	/** Language-neutral model slug, e.g. `emu`. */
	slug: string;
	/** Shared page slug, e.g. `models/emu`. */
	path: string;
	section: ModelSection;
	locale: LocaleKey;
	/** The prose page, e.g. `content/docs/zh-cn/models/emu.mdx`. */
	filePath: string;
	/** The data entry, `content/models/emu.yaml`. */
	dataFile: string;
	title: string;
	description: string | undefined;
	facts: ModelFacts;
}

/** Where a docs page sits if it is a model page: its section, slug and locale. */
export interface ModelPageLocation {
	slug: string;
	path: string;
	section: ModelSection;
	locale: LocaleKey;
}

/**
 * Where a docs entry sits if it describes a model (`models/<slug>` or `background/<slug>` in any
 * locale), else `undefined`.
 *
 * @example
 * modelPageLocation('zh-cn/models/emu') // => { slug: 'emu', path: 'models/emu', section: 'models', locale: 'zh-cn' }
 * modelPageLocation('overview')         // => undefined
 */
export function modelPageLocation(id: string): ModelPageLocation | undefined {
	const { locale, slug: path } = splitLocale(id);
	const [section, slug, ...rest] = path.split('/');
	if (!isModelSection(section) || !slug || rest.length) return undefined;
	return { slug, path, section, locale };
}

/**
 * Joins model pages to their data entries by slug. Pages without data are left out (the
 * join check reports them).
 *
 * @example
 * toModelPages([{ id: 'zh-cn/models/emu', filePath: 'content/docs/zh-cn/models/emu.mdx', title: 'Emu' }], [{ slug: 'emu', filePath: 'content/models/emu.yaml', facts }])
 * // => [{ slug: 'emu', path: 'models/emu', section: 'models', locale: 'zh-cn', dataFile: 'content/models/emu.yaml', … }]
 */
export function toModelPages(
	pages: readonly PageInput[],
	entries: readonly ModelEntryInput[],
): ModelPage[] {
	const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
	return pages.flatMap((page) => {
		const location = modelPageLocation(page.id);
		const entry = location && bySlug.get(location.slug);
		if (!location || !entry) return [];
		return [
			{
				...location,
				filePath: page.filePath,
				dataFile: entry.filePath,
				title: page.title,
				description: page.description,
				facts: entry.facts,
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
