/** What a comparison view shows, kept in the URL so a view can be shared as a link. */
export interface CompareState {
	paradigm: string | undefined;
	component: string | undefined;
	modality: string | undefined;
	/** A hearing/speaking trait every shown model must have: `hears`, `speaks`, `full-duplex`. */
	audio: string | undefined;
	/** A release trait every shown model must have: `open-weights`, `open-code`. */
	release: string | undefined;
	/** Column groups shown (`architecture`, `audio`, …); `undefined` shows every group. */
	columns: readonly string[] | undefined;
	/** Column key to sort by, and direction. */
	sort: string | undefined;
	descending: boolean;
	/** Models chosen for the side-by-side view (two to four). */
	models: string[];
}

/** At most this many models side by side: more would not fit next to each other. */
export const maxSideBySide = 4;

/**
 * Reads a comparison view from a URL query string.
 *
 * @example
 * parseCompareState('?paradigm=ar-pixel&cols=generation&sort=year&dir=desc&m=emu,emu2')
 * // => { paradigm: 'ar-pixel', component: undefined, modality: undefined, audio: undefined, release: undefined, columns: ['generation'], sort: 'year', descending: true, models: ['emu', 'emu2'] }
 */
export function parseCompareState(search: string): CompareState {
	const params = new URLSearchParams(search);
	const value = (key: string) => params.get(key) || undefined;
	const list = (key: string) =>
		(params.get(key) ?? '')
			.split(',')
			.map((item) => item.trim())
			.filter(Boolean);
	return {
		paradigm: value('paradigm'),
		component: value('component'),
		modality: value('modality'),
		audio: value('audio'),
		release: value('release'),
		columns: params.has('cols') ? list('cols') : undefined,
		sort: value('sort'),
		descending: params.get('dir') === 'desc',
		models: list('m').slice(0, maxSideBySide),
	};
}

/**
 * Writes a comparison view as a query string, leaving out what is unset, in a stable order.
 *
 * @example
 * serializeCompareState({ ...parseCompareState(''), paradigm: 'ar-pixel', sort: 'year', descending: true })
 * // => '?paradigm=ar-pixel&sort=year&dir=desc'
 */
export function serializeCompareState(state: CompareState): string {
	const params = new URLSearchParams();
	if (state.paradigm) params.set('paradigm', state.paradigm);
	if (state.component) params.set('component', state.component);
	if (state.modality) params.set('modality', state.modality);
	if (state.audio) params.set('audio', state.audio);
	if (state.release) params.set('release', state.release);
	if (state.columns) params.set('cols', state.columns.join(','));
	if (state.sort) params.set('sort', state.sort);
	if (state.sort && state.descending) params.set('dir', 'desc');
	if (state.models.length) params.set('m', state.models.join(','));
	const query = params.toString().replace(/%2C/g, ',');
	return query ? `?${query}` : '';
}

/** The filterable facts of one table row. */
export interface RowFacets {
	paradigm: string;
	components: readonly string[];
	modalities: readonly string[];
	/** The row's yes/no traits (`speaks`, `open-weights`, …). */
	traits: readonly string[];
}

/**
 * Whether a row passes the view's filters.
 *
 * @example
 * rowMatches({ paradigm: 'ar-pixel', components: ['vqgan'], modalities: ['text', 'image'], traits: ['open-weights'] }, parseCompareState('?component=vqgan&release=open-weights')) // => true
 */
export function rowMatches(row: RowFacets, state: CompareState): boolean {
	return (
		(!state.paradigm || row.paradigm === state.paradigm) &&
		(!state.component || row.components.includes(state.component)) &&
		(!state.modality || row.modalities.includes(state.modality)) &&
		(!state.audio || row.traits.includes(state.audio)) &&
		(!state.release || row.traits.includes(state.release))
	);
}

/**
 * Compares two sort keys: numbers numerically, text with natural order; empty keys last.
 *
 * @example
 * ['Emu10', 'Emu2', ''].sort(compareSortKeys) // => ['Emu2', 'Emu10', '']
 */
export function compareSortKeys(a: string, b: string): number {
	if (!a || !b) return a ? -1 : b ? 1 : 0;
	const numberA = Number(a);
	const numberB = Number(b);
	if (!Number.isNaN(numberA) && !Number.isNaN(numberB)) return numberA - numberB;
	return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * The link to a ready-made view: the empty view with the preset's settings, as a query string.
 *
 * @example
 * presetQuery({ release: 'open-weights', columns: ['openness'] }) // => '?release=open-weights&cols=openness'
 */
export function presetQuery(view: Partial<CompareState>): string {
	return serializeCompareState({ ...parseCompareState(''), ...view });
}

/**
 * Whether the values of one fact differ across the models side by side; blanks count as
 * values, so "unknown" against "8192" is a difference.
 *
 * @example
 * valuesDiffer(['LLaMA', 'LLaMA'])  // => false
 * valuesDiffer(['LLaMA', 'Vicuna']) // => true
 */
export function valuesDiffer(values: readonly string[]): boolean {
	const normal = values.map((value) => value.replace(/\s+/g, ' ').trim());
	return new Set(normal).size > 1;
}
