import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/base-path';

/**
 * Prefixes root-relative links in prose with the site's base path, so an author writes
 * `[Emu2](/zh-cn/models/emu2/)` and the link still works on a site served from `/atlas/`.
 * Which language a link leads to is checked separately (`src/checks/same-language-links.ts`).
 *
 * @example
 * // with base '/atlas/': [Emu2](/models/emu2/) → <a href="/atlas/models/emu2/">
 */
export function remarkBaseLinks({ base }: { base: string }) {
	return (tree: Root) => {
		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') {
				const target = node as Link | Definition;
				target.url = withBase(target.url, base);
			}
		});
	};
}
