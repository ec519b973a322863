import { localeKeys, type LocaleKey } from '../../config/locales';
import type { Atlas } from '../../data/atlas';
import { roles, type Role } from '../../schemas/vocabulary';
import { interpolate } from '../format';
import { langOf } from '../locale';
import { localize } from '../translatable';
import type { OgCardContent } from './card';
import { ogImagePath } from './image-path';

/** One link-preview image to publish: where, and what it shows. */
export interface OgImageSpec {
	/** Path under the site, without base, e.g. `/og/zh-cn/models/emu.png`. */
	path: string;
	content: OgCardContent;
}

/** A model's components on its card, in the vocabulary's order (in, through, out); techniques are left out. */
const stripOrder: Role[] = roles.filter((role) => role !== 'training-technique');

/**
 * Every link-preview image of the site, derived from the data: one per model, component and
 * benchmark page in each language, and one site image per language for all other pages.
 * `strings` are the UI strings of each language (`content/i18n/*.json`).
 *
 * @example
 * ogImageSpecs(atlas, dictionaries).find((s) => s.path === '/og/zh-cn/models/emu.png')?.content.title // => 'Emu'
 */
export function ogImageSpecs(
	atlas: Atlas,
	strings: Readonly<Record<string, Readonly<Record<string, string | undefined>>>>,
): OgImageSpec[] {
	return localeKeys.flatMap((locale: LocaleKey) => {
		const lang = langOf(locale);
		const dictionary = strings[lang] ?? {};
		const t = (key: string, values: Record<string, string | number> = {}) =>
			interpolate(dictionary[key] ?? key, values);
		const plural = new Intl.PluralRules(lang);
		const modelCount = (count: number) => t(`tags.modelCount_${plural.select(count)}`, { count });
		const site = t('site.title');
		const models = atlas.modelsIn(locale);
		const usages = atlas.usages(locale);
		const modelCards = models.map((model): OgImageSpec => ({
			path: ogImagePath(model.path, locale, true),
			content: {
				lang,
				site,
				kicker: t(`paradigm.${model.facts.paradigm}`),
				title: model.facts.name,
				description: model.description ?? '',
				meta: [model.facts.date.slice(0, 4), model.facts.organisations[0] ?? '']
					.filter(Boolean)
					.join(' · '),
				strip: [...model.facts.components]
					.filter((c) => stripOrder.includes(c.role))
					.sort((a, b) => stripOrder.indexOf(a.role) - stripOrder.indexOf(b.role))
					.map((c) => atlas.componentName(c.tag, lang))
					.filter((name, index, names) => names.indexOf(name) === index),
				stripIsPipeline: true,
			},
		}));
		const componentCards = atlas.components.map((component): OgImageSpec => {
			const users = usages.get(component.id) ?? [];
			return {
				path: ogImagePath(`tags/${component.id}`, locale, true),
				content: {
					lang,
					site,
					kicker: t(`kind.${component.data.kind}`),
					title: localize(component.data.name, lang),
					description: localize(component.data.description, lang),
					meta: modelCount(new Set(users.map((u) => u.model.slug)).size),
					strip: [...new Set(users.map((u) => u.model.facts.name))],
					stripIsPipeline: false,
				},
			};
		});
		const benchmarkCards = atlas.benchmarks.map((benchmark): OgImageSpec => {
			const results = atlas.resultsOn(benchmark.id);
			const [low, high] = benchmark.data.range;
			return {
				path: ogImagePath(`benchmarks/${benchmark.id}`, locale, true),
				content: {
					lang,
					site,
					kicker: t(`results.kind.${benchmark.data.kind}`),
					title: benchmark.data.name,
					description: localize(benchmark.data.measures, lang),
					meta: [
						t('benchmarks.range', { low, high }),
						t(benchmark.data.higherIsBetter ? 'benchmarks.higher' : 'benchmarks.lower'),
						t('benchmarks.results', { count: results.length }),
					].join(' · '),
					strip: [],
					stripIsPipeline: false,
				},
			};
		});
		const siteCard: OgImageSpec = {
			path: ogImagePath('', locale, false),
			content: {
				lang,
				site,
				kicker: modelCount(models.length),
				title: site,
				description: t('site.description'),
				meta: '',
				strip: [],
				stripIsPipeline: false,
			},
		};
		return [siteCard, ...modelCards, ...componentCards, ...benchmarkCards];
	});
}

const ownImages = new WeakMap<Atlas, Set<string>>();

/**
 * The paths of every page-specific link-preview image, computed once per build: a page uses
 * its own image when this set holds it, and its language's site image otherwise.
 *
 * @example
 * ogImagePaths(atlas, dictionaries).has('/og/zh-cn/tags/vqgan.png') // => true
 * ogImagePaths(atlas, dictionaries).has('/og/timeline.png')         // => false
 */
export function ogImagePaths(
	atlas: Atlas,
	strings: Parameters<typeof ogImageSpecs>[1],
): ReadonlySet<string> {
	let paths = ownImages.get(atlas);
	if (!paths) {
		paths = new Set(ogImageSpecs(atlas, strings).map((spec) => spec.path));
		ownImages.set(atlas, paths);
	}
	return paths;
}
