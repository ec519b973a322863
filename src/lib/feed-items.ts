import type { ModelPage } from './pages';

/** One entry of a language's RSS feed. */
export interface FeedItem {
	title: string;
	description: string;
	path: string;
	pubDate: Date;
	categories: string[];
}

/**
 * Feed entries for model pages, newest change first: a page appears when it is added and again
 * (with its new date) when its summary is substantially revised.
 *
 * @example
 * feedItems([emu], (p) => p)[0] // => { title: 'Emu', pubDate: new Date('2026-11-26'), path: 'models/emu', … }
 */
export function feedItems(
	models: readonly ModelPage[],
	paradigmLabel: (paradigm: string) => string,
): FeedItem[] {
	return models
		.map((model) => ({
			title: model.facts.name,
			description: model.description ?? model.facts.paperTitle,
			path: model.path,
			pubDate: new Date(`${model.facts.revised ?? model.facts.added}T00:00:00Z`),
			categories: [paradigmLabel(model.facts.paradigm)],
		}))
		.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
}
