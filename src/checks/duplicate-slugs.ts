import type { ContentProblem } from './content-problems';

/**
 * Finds content files that would publish at the same URL, e.g. `models/emu.md` and
 * `models/emu.mdx`, or `models/emu.mdx` and `models/emu/index.mdx`. Astro would keep one of
 * them silently.
 *
 * @example
 * findDuplicateSlugs(['models/emu.md', 'models/emu.mdx'], 'content/docs')
 * // => [{ file: 'content/docs/models/emu.mdx', field: '(file)', message: 'has the same URL slug "models/emu" as content/docs/models/emu.md' }]
 */
export function findDuplicateSlugs(files: readonly string[], base: string): ContentProblem[] {
	const seen = new Map<string, string>();
	const problems: ContentProblem[] = [];
	for (const file of [...files].sort()) {
		const slug = file
			.replace(/\.[^./]+$/, '')
			.replace(/(^|\/)index$/, '')
			.toLowerCase();
		const first = seen.get(slug);
		if (first) {
			problems.push({
				file: `${base}/${file}`,
				field: '(file)',
				message: `has the same URL slug "${slug || '/'}" as ${base}/${first}; rename or remove one of them`,
			});
		} else {
			seen.set(slug, file);
		}
	}
	return problems;
}
