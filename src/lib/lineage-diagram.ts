import type { Diagram } from '../schemas/diagram';

/** A model as the lineage diagram draws it. */
export interface LineageEntry {
	slug: string;
	name: string;
	year: number;
	buildsOn: readonly string[];
	/** Shared page slug, e.g. `models/emu`; the box links to it in the diagram's language. */
	path: string;
}

/**
 * The `buildsOn` graph as a diagram in the site's grammar: one `model` box per model, oldest at
 * the top, each linking to its page. Models with no lineage on the site are left out (the caller
 * lists them).
 *
 * @example
 * lineageDiagram([{ slug: 'emu', name: 'Emu', year: 2023, buildsOn: [], path: 'models/emu' }, { slug: 'emu2', name: 'Emu2', year: 2023, buildsOn: ['emu'], path: 'models/emu2' }], caption)
 * // => { nodes: [{ id: 'm_emu', kind: 'model', label: 'Emu (2023)', page: 'models/emu' }, …], edges: [{ from: 'm_emu', to: 'm_emu2' }], … }
 */
export function lineageDiagram(
	models: readonly LineageEntry[],
	caption: Diagram['caption'],
): Diagram {
	const known = new Set(models.map((m) => m.slug));
	const edges = models.flatMap((m) =>
		m.buildsOn.filter((parent) => known.has(parent)).map((parent) => [parent, m.slug] as const),
	);
	const linked = new Set(edges.flat());
	const id = (slug: string) => `m_${slug.replace(/[^a-z0-9]/g, '_')}`;
	return {
		caption,
		direction: 'TD',
		groups: [],
		nodes: models
			.filter((m) => linked.has(m.slug))
			.map((m) => ({
				id: id(m.slug),
				kind: 'model',
				label: `${m.name} (${m.year})`,
				page: m.path,
			})),
		edges: edges.map(([parent, child]) => ({ from: id(parent), to: id(child) })),
	};
}

/**
 * Models that neither build on nor are built upon by another model on the site.
 *
 * @example
 * lineageIsolates([{ slug: 'a', buildsOn: [] }, { slug: 'b', buildsOn: ['c'] }, { slug: 'c', buildsOn: [] }]).map((m) => m.slug) // => ['a']
 */
export function lineageIsolates<T extends { slug: string; buildsOn: readonly string[] }>(
	models: readonly T[],
): T[] {
	const known = new Set(models.map((m) => m.slug));
	const linked = new Set(
		models.flatMap((m) => m.buildsOn.filter((p) => known.has(p)).flatMap((p) => [p, m.slug])),
	);
	return models.filter((m) => !linked.has(m.slug));
}
