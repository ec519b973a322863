import { getCollection, type CollectionEntry } from 'astro:content';
import { localeKeys, type LocaleKey } from '../config/locales';
import { findMissingTranslations } from '../lib/check-locale-pairs';
import { findIncompleteModelPages } from '../lib/check-model-pages';
import { findFactsDrift } from '../lib/check-facts-drift';
import {
	findBrokenReferences,
	findUnusedComponents,
	type ComponentRef,
} from '../lib/check-references';
import { throwIfProblems } from '../lib/content-error';
import { builtUponBy, findLineageCycle } from '../lib/lineage';
import { toModelPages, type ModelPage, type PageInput } from '../lib/pages';
import { usagesByComponent, type ComponentUsage } from '../lib/tags';
import { unificationRoute } from '../lib/unification-route';
import type { UnificationRoute } from '../schemas/vocabulary';

export type ComponentEntry = CollectionEntry<'components'>;

/** Everything derived from the content, validated once per build. */
export interface Atlas {
	/** Model pages of every locale. */
	models: ModelPage[];
	components: ComponentEntry[];
	/** Model page of a slug in a locale. */
	model(slug: string, locale: LocaleKey): ModelPage | undefined;
	component(slug: string): ComponentEntry | undefined;
	/** Models of one locale, oldest first. */
	modelsIn(locale: LocaleKey): ModelPage[];
	/** Slugs of models that build on the given one. */
	builtUponBy(slug: string): string[];
	/** For each component slug, its uses in the given locale. */
	usages(locale: LocaleKey): Map<string, ComponentUsage[]>;
	/** Components related to the given one, in either direction. */
	related(slug: string): ComponentEntry[];
	/** Which of the three routes to unification a model takes, if any. */
	route(model: ModelPage): UnificationRoute | undefined;
}

let atlas: Promise<Atlas> | undefined;

/** Loads and validates all content; the build fails on the first call if anything is wrong. */
export function getAtlas(): Promise<Atlas> {
	atlas ??= loadAtlas();
	return atlas;
}

async function loadAtlas(): Promise<Atlas> {
	const [docs, components] = await Promise.all([
		getCollection('docs'),
		getCollection('components'),
	]);
	const pages: PageInput[] = docs.map((entry) => ({
		id: entry.id,
		filePath: entry.filePath ?? entry.id,
		title: entry.data.title,
		description: entry.data.description,
		model: entry.data.model,
	}));
	const models = toModelPages(pages);
	const componentRefs: ComponentRef[] = components.map((c) => ({
		slug: c.id,
		filePath: c.filePath ?? c.id,
		related: c.data.related,
	}));
	const english = models.filter((model) => model.locale === 'root');
	const modelFiles = new Set(models.map((model) => model.filePath));
	const modelSources = docs
		.filter((entry) => modelFiles.has(entry.filePath ?? entry.id))
		.map((entry) => ({ filePath: entry.filePath ?? entry.id, body: entry.body ?? '' }));
	const cycle = findLineageCycle(
		english.map((m) => ({ slug: m.slug, buildsOn: m.facts.buildsOn })),
	);
	throwIfProblems([
		...findMissingTranslations(pages, localeKeys),
		...findBrokenReferences(english, componentRefs),
		...findFactsDrift(models),
		...findIncompleteModelPages(modelSources),
		...findUnusedComponents(english, componentRefs),
		...(cycle
			? [
					{
						file: 'content/docs',
						field: 'model.buildsOn',
						message: `lineage has a cycle: ${cycle.join(' → ')}`,
					},
				]
			: []),
	]);

	const byDate = [...models].sort(
		(a, b) => a.facts.date.localeCompare(b.facts.date) || a.slug.localeCompare(b.slug),
	);
	const children = builtUponBy(
		byDate
			.filter((m) => m.locale === 'root')
			.map((m) => ({ slug: m.slug, buildsOn: m.facts.buildsOn })),
	);
	const usageCache = new Map<LocaleKey, Map<string, ComponentUsage[]>>();
	const componentMap = new Map(components.map((c) => [c.id, c]));
	return {
		models: byDate,
		components,
		model: (slug, locale) => byDate.find((m) => m.slug === slug && m.locale === locale),
		component: (slug) => componentMap.get(slug),
		modelsIn: (locale) => byDate.filter((m) => m.locale === locale),
		builtUponBy: (slug) => children.get(slug) ?? [],
		usages(locale) {
			let usage = usageCache.get(locale);
			if (!usage) {
				usage = usagesByComponent(byDate.filter((m) => m.locale === locale));
				usageCache.set(locale, usage);
			}
			return usage;
		},
		route: (model) => unificationRoute(model.facts, (slug) => componentMap.get(slug)?.data),
		related(slug) {
			const own = componentMap.get(slug)?.data.related ?? [];
			const pointing = components.filter((c) => c.data.related.includes(slug)).map((c) => c.id);
			return [...new Set([...own, ...pointing])].flatMap((s) => componentMap.get(s) ?? []);
		},
	};
}
