/** A model as the lineage diagram draws it. */
export interface LineageEntry {
	slug: string;
	name: string;
	year: number;
	buildsOn: readonly string[];
	/** URL of the model's page in the diagram's language. */
	href: string;
}

/**
 * Writes the `buildsOn` graph as a Mermaid flowchart, oldest at the top, each node linking to
 * its model page. Models with no lineage on the site are left out (the caller lists them).
 *
 * @example
 * lineageMermaid([{ slug: 'emu', name: 'Emu', year: 2023, buildsOn: [], href: '/models/emu/' }, { slug: 'emu2', name: 'Emu2', year: 2023, buildsOn: ['emu'], href: '/models/emu2/' }])
 * // => "flowchart TD\n  m_emu[\"Emu (2023)\"]\n  m_emu2[\"Emu2 (2023)\"]\n  m_emu --> m_emu2\n  click m_emu …"
 */
export function lineageMermaid(models: readonly LineageEntry[]): string {
	const known = new Set(models.map((m) => m.slug));
	const edges = models.flatMap((m) =>
		m.buildsOn.filter((parent) => known.has(parent)).map((parent) => [parent, m.slug] as const),
	);
	const linked = new Set(edges.flat());
	const nodes = models.filter((m) => linked.has(m.slug));
	const id = (slug: string) => `m_${slug.replace(/[^a-z0-9]/g, '_')}`;
	return [
		'flowchart TD',
		...nodes.map((m) => `  ${id(m.slug)}["${m.name.replace(/"/g, "'")} (${m.year})"]`),
		...edges.map(([parent, child]) => `  ${id(parent)} --> ${id(child)}`),
		...nodes.map((m) => `  click ${id(m.slug)} "${m.href}"`),
	].join('\n');
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
