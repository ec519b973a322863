/** The lineage fields of one model. */
export interface LineageNode {
	slug: string;
	buildsOn: readonly string[];
}

/**
 * Inverts `buildsOn` into "built upon by": for each model, the models that name it.
 * Lists keep the input order, so callers control sorting (e.g. by date).
 *
 * @example
 * builtUponBy([{ slug: 'emu', buildsOn: [] }, { slug: 'emu2', buildsOn: ['emu'] }])
 * // => Map { 'emu' => ['emu2'], 'emu2' => [] }
 */
export function builtUponBy(models: readonly LineageNode[]): Map<string, string[]> {
	const result = new Map<string, string[]>(models.map((model) => [model.slug, []]));
	for (const model of models) {
		for (const parent of model.buildsOn) result.get(parent)?.push(model.slug);
	}
	return result;
}

/**
 * Finds a cycle in the lineage graph, if any, as the list of slugs around it.
 *
 * @example
 * findLineageCycle([{ slug: 'a', buildsOn: ['b'] }, { slug: 'b', buildsOn: ['a'] }]) // => ['a', 'b', 'a']
 */
export function findLineageCycle(models: readonly LineageNode[]): string[] | undefined {
	const parents = new Map(models.map((model) => [model.slug, model.buildsOn]));
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (slug: string, trail: string[]): string[] | undefined => {
		if (state.get(slug) === 'done') return undefined;
		if (state.get(slug) === 'visiting') return [...trail.slice(trail.indexOf(slug)), slug];
		state.set(slug, 'visiting');
		for (const parent of parents.get(slug) ?? []) {
			const cycle = visit(parent, [...trail, slug]);
			if (cycle) return cycle;
		}
		state.set(slug, 'done');
		return undefined;
	};
	for (const model of models) {
		const cycle = visit(model.slug, []);
		if (cycle) return cycle;
	}
	return undefined;
}
