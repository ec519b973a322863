/**
 * The value of one field of a BibTeX entry, without its outer braces or quotes, or `undefined`.
 * Nested braces (`{{VQGAN}}`) are kept inside the value.
 *
 * @example
 * bibtexField('@article{a, title={Emu: {G}enerative}, year=2023}', 'title') // => 'Emu: {G}enerative'
 * bibtexField('@article{a, year=2023}', 'year')                            // => '2023'
 */
export function bibtexField(entry: string, field: string): string | undefined {
	const start = new RegExp(`[,\\s]${field}\\s*=\\s*`, 'i').exec(entry);
	if (!start) return undefined;
	let index = start.index + start[0].length;
	const open = entry[index];
	if (open !== '{' && open !== '"') return /^[^,}\s]+/.exec(entry.slice(index))?.[0];
	const close = open === '{' ? '}' : '"';
	let depth = 0;
	for (index += 1; index < entry.length; index++) {
		const char = entry[index];
		if (char === close && depth === 0) {
			return entry
				.slice(start.index + start[0].length + 1, index)
				.replace(/\s+/g, ' ')
				.trim();
		}
		if (char === '{') depth++;
		else if (char === '}') depth--;
	}
	return undefined;
}

/**
 * The authors of a BibTeX entry, one per name, braces removed.
 *
 * @example
 * bibtexAuthors('@misc{a, author={Quan Sun and Yu, Qiying and {OpenAI}}}') // => ['Quan Sun', 'Yu, Qiying', 'OpenAI']
 */
export function bibtexAuthors(entry: string): string[] {
	const authors = bibtexField(entry, 'author');
	if (!authors) return [];
	return authors
		.split(/\s+and\s+/)
		.map((name) => name.replace(/[{}]/g, '').trim())
		.filter((name) => name && name.toLowerCase() !== 'others');
}
