import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { sidebarGroupsByParadigm } from '../lib/sidebar-groups';
import { sidebarSlugs } from '../lib/sidebar-slugs';
import { paradigms, type Paradigm } from '../schemas/vocabulary';
import { sidebarGroup } from './ui-strings';

/** The English pages of one content folder, as sidebar links (Starlight localizes them). */
function folderItems(root: string, folder: string) {
	const directory = path.join(root, 'content/docs', folder);
	return sidebarSlugs(existsSync(directory) ? readdirSync(directory) : [], folder);
}

/** The pages of a model folder with each model's paradigm, read from its data file. */
function modelParadigms(root: string, folder: string): { slug: string; paradigm: Paradigm }[] {
	return folderItems(root, folder).flatMap(({ slug: page }) => {
		const slug = page.slice(folder.length + 1);
		const file = path.join(root, 'content/models', `${slug}.yaml`);
		// A page without data fails the build's join check, which names it; here it is left out.
		if (!existsSync(file)) return [];
		const { paradigm } = parse(readFileSync(file, 'utf8')) as { paradigm: Paradigm };
		return [{ slug, paradigm }];
	});
}

function hasPage(root: string, slug: string): boolean {
	return ['md', 'mdx'].some((extension) =>
		existsSync(path.join(root, 'content/docs', `${slug}.${extension}`)),
	);
}

/** The whole sidebar; every label comes from the UI strings. */
export function sidebar(root: string) {
	return [
		{
			...sidebarGroup('sidebar.start'),
			items: [{ slug: 'index' }, ...(hasPage(root, 'overview') ? [{ slug: 'overview' }] : [])],
		},
		{
			...sidebarGroup('sidebar.models'),
			// One collapsed group per paradigm; Starlight opens the group of the current page.
			items: sidebarGroupsByParadigm(modelParadigms(root, 'models'), paradigms, 'models').map(
				({ paradigm, items }) => ({
					...sidebarGroup(`paradigm.${paradigm}`),
					collapsed: true,
					items,
				}),
			),
		},
		{
			...sidebarGroup('sidebar.background'),
			collapsed: true,
			items: folderItems(root, 'background'),
		},
		{
			...sidebarGroup('sidebar.explore'),
			items: [
				{ ...sidebarGroup('compare.title'), link: '/compare/' },
				{ ...sidebarGroup('sidebar.benchmarks'), link: '/benchmarks/' },
				{ ...sidebarGroup('timeline.title'), link: '/timeline/' },
				{ ...sidebarGroup('lineage.title'), link: '/lineage/' },
				{ ...sidebarGroup('nav.tags'), link: '/tags/' },
				{ ...sidebarGroup('glossary.title'), link: '/glossary/' },
			],
		},
	];
}
