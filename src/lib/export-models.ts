import type { ExportedModel } from '../schemas/export';
import type { ComponentKind } from '../schemas/vocabulary';
import type { UnificationRoute } from '../schemas/vocabulary';
import type { ModelPage } from './pages';

/** What the export needs besides the model pages. */
export interface ExportContext {
	/** Absolute URL of a shared slug in a language, e.g. `https://…/zh-cn/models/emu/`. */
	urlOf(path: string, lang: 'en' | 'zh-CN'): string;
	component(tag: string): { name: string; kind: ComponentKind } | undefined;
	builtUponBy(slug: string): string[];
	route(model: ModelPage): UnificationRoute | undefined;
}

/**
 * Turns the English and Chinese pages of each model into one export record: language-neutral
 * facts once, and per-language title, description and URL.
 *
 * @example
 * exportModels([emuEn], [emuZh], context)[0].pages['zh-CN'].url // => 'https://…/zh-cn/models/emu/'
 */
export function exportModels(
	english: readonly ModelPage[],
	chinese: readonly ModelPage[],
	context: ExportContext,
): ExportedModel[] {
	return english.map((model) => {
		const { facts } = model;
		const translated = chinese.find((m) => m.path === model.path);
		const route = context.route(model);
		return {
			slug: model.slug,
			kind: model.section === 'models' ? 'model' : 'background',
			name: facts.name,
			paperTitle: facts.paperTitle,
			arxiv: facts.arxiv,
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
					...(use.detail ? { detail: use.detail } : {}),
				};
			}),
			buildsOn: facts.buildsOn,
			builtUponBy: context.builtUponBy(model.slug),
			imageTokens: facts.imageTokens,
			openWeights: facts.openWeights,
			sources: facts.sources,
			bibtex: facts.bibtex.trim(),
			pages: {
				en: page(model, context.urlOf(model.path, 'en')),
				'zh-CN': page(translated ?? model, context.urlOf(model.path, 'zh-CN')),
			},
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
