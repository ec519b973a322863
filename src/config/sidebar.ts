import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sidebarSlugs } from '../lib/sidebar-slugs';
import { sidebarGroup } from './ui-strings';

/** The English pages of one content folder, as sidebar links (Starlight localizes them). */
function folderItems(root: string, folder: string) {
	const directory = path.join(root, 'content/docs', folder);
	return sidebarSlugs(existsSync(directory) ? readdirSync(directory) : [], folder);
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
		{ ...sidebarGroup('sidebar.models'), items: folderItems(root, 'models') },
		{
			...sidebarGroup('sidebar.background'),
			collapsed: true,
			items: folderItems(root, 'background'),
		},
		{
			...sidebarGroup('sidebar.explore'),
			items: [
				{ ...sidebarGroup('nav.tags'), link: '/tags/' },
				{ ...sidebarGroup('glossary.title'), link: '/glossary/' },
			],
		},
	];
}
