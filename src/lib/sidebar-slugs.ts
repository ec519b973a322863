/**
 * Sidebar entries for one content folder, sorted by name as readers scan them. Starlight's
 * `autogenerate` only understands `src/content/docs`, so the folder listing is done here.
 *
 * @example
 * sidebarSlugs(['emu2.mdx', 'emu.mdx', '_draft.mdx', 'notes.txt'], 'models')
 * // => [{ slug: 'models/emu' }, { slug: 'models/emu2' }]
 */
export function sidebarSlugs(fileNames: readonly string[], folder: string): { slug: string }[] {
	return fileNames
		.filter((name) => /^[^_.].*\.mdx?$/.test(name))
		.map((name) => name.replace(/\.mdx?$/, ''))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
		.map((name) => ({ slug: `${folder}/${name}` }));
}
