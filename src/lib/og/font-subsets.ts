/** One font file of a family split by Unicode range, as Fontsource ships CJK fonts. */
export interface FontSubset {
	/** File name, relative to the CSS file's folder, e.g. `./files/noto-sans-sc-4-400-normal.woff`. */
	file: string;
	/** Inclusive code point ranges the file covers. */
	ranges: [number, number][];
}

/**
 * Reads the `@font-face` rules of a Fontsource CSS file into the `.woff` file of each subset and
 * the code points it covers, so a renderer can load only the files a text needs.
 *
 * @example
 * parseFontSubsets("@font-face { src: url(./a.woff2) format('woff2'), url(./a.woff) format('woff'); unicode-range: U+4e00-4e10,U+20; }")
 * // => [{ file: './a.woff', ranges: [[0x4e00, 0x4e10], [0x20, 0x20]] }]
 */
export function parseFontSubsets(css: string): FontSubset[] {
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule = '']) => {
		const file = /url\(([^)]+\.woff)\)/.exec(rule)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
		if (!file || !range) return [];
		const ranges = range.split(',').map((part): [number, number] => {
			const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(from, 16), parseInt(to ?? from, 16)];
		});
		return [{ file, ranges }];
	});
}

/**
 * The subsets that hold at least one character of a text, in file order.
 *
 * @example
 * subsetsFor('图 A', [{ file: 'latin', ranges: [[0x20, 0x7e]] }, { file: 'cjk', ranges: [[0x4e00, 0x9fff]] }]).map((s) => s.file)
 * // => ['latin', 'cjk']
 */
export function subsetsFor(text: string, subsets: readonly FontSubset[]): FontSubset[] {
	const codePoints = new Set([...text].map((char) => char.codePointAt(0)!));
	return subsets.filter((subset) =>
		[...codePoints].some((point) =>
			subset.ranges.some(([from, to]) => point >= from && point <= to),
		),
	);
}
