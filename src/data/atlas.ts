import { getCollection, type CollectionEntry } from 'astro:content';
import { localeKeys, type LocaleKey } from '../config/locales';
import { findContentProblems } from '../checks';
import { throwIfProblems } from '../checks/content-error';
import { builtUponBy } from '../lib/lineage';
import { splitLocale } from '../lib/locale';
import { modelPageLocation, toModelPages, type ModelPage } from '../lib/pages';
import { usagesByComponent, type ComponentUsage } from '../lib/tags';
import { localize } from '../lib/translatable';
import { unificationRoute } from '../lib/unification-route';
import { benchmarkKinds } from '../schemas/benchmark';
import type { Diagram } from '../schemas/diagram';
import type { ResultRecord } from '../schemas/result';
import { languages } from '../schemas/translatable';
import type { UnificationRoute } from '../schemas/vocabulary';

export type ComponentEntry = CollectionEntry<'components'>;
export type BenchmarkEntry = CollectionEntry<'benchmarks'>;

/** One number of one model, with the model's slug. */
export type ModelResult = ResultRecord & { model: string };

/** Everything derived from the content, validated once per build. */
export interface Atlas {
	/** Model pages of every locale, oldest model first. */
	models: ModelPage[];
	components: ComponentEntry[];
	/** Model page of a slug in a locale. */
	model(slug: string, locale: LocaleKey): ModelPage | undefined;
	component(slug: string): ComponentEntry | undefined;
	/** A component's name in a language (its slug if there is no such component). */
	componentName(slug: string, lang: string): string;
	/** A diagram of `content/diagrams/`. */
	diagram(id: string): Diagram | undefined;
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
	/** Benchmarks in the order of `benchmarkKinds`, then by name. */
	benchmarks: BenchmarkEntry[];
	benchmark(slug: string): BenchmarkEntry | undefined;
	/** Every recorded number, each with its model's slug. */
	results: ModelResult[];
	/** The numbers recorded for one model. */
	resultsOf(model: string): ModelResult[];
	/** The numbers recorded on one benchmark. */
	resultsOn(benchmark: string): ModelResult[];
}

let atlas: Promise<Atlas> | undefined;

/** Loads and validates all content; the build fails on the first call if anything is wrong. */
export function getAtlas(): Promise<Atlas> {
	atlas ??= loadAtlas();
	return atlas;
}

async function loadAtlas(): Promise<Atlas> {
	const [docs, entries, components, diagrams, benchmarkEntries, resultFiles] = await Promise.all([
		getCollection('docs'),
		getCollection('models'),
		getCollection('components'),
		getCollection('diagrams'),
		getCollection('benchmarks'),
		getCollection('results'),
	]);
	const benchmarks = [...benchmarkEntries].sort(
		(a, b) =>
			benchmarkKinds.indexOf(a.data.kind) - benchmarkKinds.indexOf(b.data.kind) ||
			a.data.name.localeCompare(b.data.name),
	);
	const benchmarkMap = new Map(benchmarks.map((b) => [b.id, b]));
	const results = resultFiles.flatMap((file) =>
		file.data.results.map((result) => ({ ...result, model: file.id })),
	);
	const pages = docs.map((entry) => ({
		id: entry.id,
		filePath: entry.filePath ?? entry.id,
		title: entry.data.title,
		description: entry.data.description,
		locale: splitLocale(entry.id).locale,
		body: entry.body ?? '',
	}));
	const modelEntries = entries.map((entry) => ({
		slug: entry.id,
		filePath: entry.filePath ?? `content/models/${entry.id}.yaml`,
		facts: entry.data,
	}));
	const models = toModelPages(pages, modelEntries);
	throwIfProblems(
		await findContentProblems({
			localeKeys,
			languages,
			pages,
			entries: modelEntries,
			modelPages: pages.flatMap((page) => {
				const location = modelPageLocation(page.id);
				return location ? [{ ...location, filePath: page.filePath }] : [];
			}),
			models: models.filter((model) => model.locale === localeKeys[0]),
			components: components.map((c) => ({
				slug: c.id,
				filePath: c.filePath ?? c.id,
				related: c.data.related,
			})),
			results: resultFiles.map((file) => ({
				file: file.filePath ?? `content/results/${file.id}.yaml`,
				model: file.id,
				results: file.data.results,
			})),
			benchmarks: new Map(benchmarks.map((b) => [b.id, b.data])),
			diagrams: diagrams.map((d) => ({
				file: d.filePath ?? d.id,
				field: '(file)',
				diagram: d.data,
				componentTags: d.data.nodes.flatMap((node) => node.component ?? []),
			})),
		}),
	);

	const byDate = [...models].sort(
		(a, b) => a.facts.date.localeCompare(b.facts.date) || a.slug.localeCompare(b.slug),
	);
	const children = builtUponBy(
		byDate
			.filter((m) => m.locale === localeKeys[0])
			.map((m) => ({ slug: m.slug, buildsOn: m.facts.buildsOn })),
	);
	const usageCache = new Map<LocaleKey, Map<string, ComponentUsage[]>>();
	const componentMap = new Map(components.map((c) => [c.id, c]));
	const diagramMap = new Map(diagrams.map((d) => [d.id, d.data]));
	const resultsByModel = Map.groupBy(results, (r) => r.model);
	const resultsByBenchmark = Map.groupBy(results, (r) => r.benchmark);
	return {
		models: byDate,
		components,
		model: (slug, locale) => byDate.find((m) => m.slug === slug && m.locale === locale),
		component: (slug) => componentMap.get(slug),
		componentName(slug, lang) {
			const component = componentMap.get(slug);
			return component ? localize(component.data.name, lang) : slug;
		},
		diagram: (id) => diagramMap.get(id),
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
		benchmarks,
		benchmark: (slug) => benchmarkMap.get(slug),
		results,
		resultsOf: (model) => resultsByModel.get(model) ?? [],
		resultsOn: (benchmark) => resultsByBenchmark.get(benchmark) ?? [],
		route: (model) => unificationRoute(model.facts, (slug) => componentMap.get(slug)?.data),
		related(slug) {
			const own = componentMap.get(slug)?.data.related ?? [];
			const pointing = components.filter((c) => c.data.related.includes(slug)).map((c) => c.id);
			return [...new Set([...own, ...pointing])].flatMap((s) => componentMap.get(s) ?? []);
		},
	};
}
