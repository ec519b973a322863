import type { LocaleKey } from '../config/locales';
import type { ExportedModel } from '../schemas/export';
import type { Translatable } from '../schemas/translatable';
import type { ComponentKind, UnificationRoute } from '../schemas/vocabulary';
import type { ModelPage } from './pages';

/** What the export needs besides the model pages. */
export interface ExportContext {
	/** The site's locales, the default first, with their language tags. */
	locales: readonly { key: LocaleKey; lang: string }[];
	/** Absolute URL of a shared slug in a locale, e.g. `https://…/zh-cn/models/emu/`. */
	urlOf(path: string, locale: LocaleKey): string;
	component(tag: string): { name: Translatable; kind: ComponentKind } | undefined;
	builtUponBy(slug: string): string[];
	route(model: ModelPage): UnificationRoute | undefined;
}

/**
 * Turns each model's pages (one per locale) into one export record: language-neutral facts
 * once, and per-language title, description and URL keyed by language tag.
 *
 * @example
 * exportModels(pages, context)[0].pages['zh-CN'].url // => 'https://…/zh-cn/models/emu/'
 */
export function exportModels(pages: readonly ModelPage[], context: ExportContext): ExportedModel[] {
	const [defaultLocale] = context.locales;
	return pages
		.filter((page) => page.locale === defaultLocale?.key)
		.map((model) => {
			const { facts } = model;
			const route = context.route(model);
			return {
				slug: model.slug,
				kind: model.section === 'models' ? 'model' : 'background',
				name: facts.name,
				paperTitle: facts.paperTitle,
				paperKind: facts.paperKind,
				...(facts.arxiv ? { arxiv: facts.arxiv } : {}),
				date: facts.date,
				organisations: facts.organisations,
				links: facts.links,
				paradigm: facts.paradigm,
				...(route ? { route } : {}),
				modalities: facts.modalities,
				components: facts.components.map((use) => {
					const component = context.component(use.tag);
					return {
						tag: use.tag,
						name: component?.name ?? use.tag,
						kind: component?.kind ?? 'technique',
						role: use.role,
						...(use.spec ? { spec: use.spec } : {}),
						...(use.note ? { note: use.note } : {}),
					};
				}),
				buildsOn: facts.buildsOn,
				builtUponBy: context.builtUponBy(model.slug),
				imageTokens: facts.imageTokens,
				release: facts.release,
				...(facts.speech ? { speech: facts.speech } : {}),
				checked: facts.checked,
				pipeline: facts.pipeline,
				sources: facts.sources,
				bibtex: facts.bibtex.trim(),
				pages: Object.fromEntries(
					context.locales.map(({ key, lang }) => {
						const translated = pages.find((p) => p.slug === model.slug && p.locale === key);
						return [lang, page(translated ?? model, context.urlOf(model.path, key))];
					}),
				),
			};
		});
}

function page(model: ModelPage, url: string) {
	return {
		url,
		title: model.title,
		...(model.description ? { description: model.description } : {}),
	};
}

/**
 * All BibTeX entries as one file, oldest paper first.
 *
 * @example
 * joinBibtex([{ date: '2023-07-11', bibtex: '@article{a, …}' }]) // => '@article{a, …}\n'
 */
export function joinBibtex(models: readonly { date: string; bibtex: string }[]): string {
	return `${[...models]
		.sort((a, b) => a.date.localeCompare(b.date))
		.map((m) => m.bibtex.trim())
		.join('\n\n')}\n`;
}
