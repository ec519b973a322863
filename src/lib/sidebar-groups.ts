/**
 * Model pages grouped by paradigm for the sidebar, in the vocabulary's order, each group sorted
 * by name; empty paradigms are left out. With 150 models a flat list serves nobody.
 *
 * @example
 * sidebarGroupsByParadigm([{ slug: 'emu2', paradigm: 'ar-semantic' }, { slug: 'emu', paradigm: 'ar-semantic' }, { slug: 'show-o', paradigm: 'fused-pixel' }], ['ar-semantic', 'ar-pixel', 'fused-pixel'], 'models')
 * // => [{ paradigm: 'ar-semantic', items: [{ slug: 'models/emu' }, { slug: 'models/emu2' }] }, { paradigm: 'fused-pixel', items: [{ slug: 'models/show-o' }] }]
 */
export function sidebarGroupsByParadigm<P extends string>(
	models: readonly { slug: string; paradigm: P }[],
	order: readonly P[],
	folder: string,
): { paradigm: P; items: { slug: string }[] }[] {
	return order
		.map((paradigm) => ({
			paradigm,
			items: models
				.filter((model) => model.paradigm === paradigm)
				.map((model) => model.slug)
				.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
				.map((slug) => ({ slug: `${folder}/${slug}` })),
		}))
		.filter((group) => group.items.length > 0);
}
