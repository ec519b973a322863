import type { ContentProblem } from './content-problems';

/** A built page's HTML, as the check reads it. */
export interface RenderedPage {
	/** The page in `dist/`, for messages. */
	file: string;
	html: string;
}

/** Markup whose text may legitimately show Markdown syntax: code, scripts, styles, SVG. */
const verbatim = /<(pre|code|script|style|svg|kbd|samp|textarea)\b[\s\S]*?<\/\1>/g;
/**
 * Emphasis, code or link markers that survived rendering, e.g. `**像素分支**` after CJK punctuation.
 * `__` is left out: it is common in file names that pages cite (`__init__.py`).
 */
const leftover = /(\*\*|(?<![\w`])`(?!`)|\]\(\/)/;

/**
 * Finds pages whose visible text shows Markdown markers that did not render: CommonMark does
 * not close `**…**` when CJK punctuation sits just inside the markers, and readers then see the
 * asterisks. Code, scripts, styles and diagrams are skipped.
 *
 * @example
 * findStrayMarkdown([{ file: 'dist/zh-cn/models/x/index.html', html: '<p>SigLIP**。像素**是</p>' }])
 * // => [{ file: 'dist/zh-cn/models/x/index.html', field: '(text)', message: 'shows Markdown as text: “SigLIP**。像素**是”…' }]
 */
export function findStrayMarkdown(pages: readonly RenderedPage[]): ContentProblem[] {
	return pages.flatMap(({ file, html }) => {
		const body = html.slice(html.indexOf('<body')).replace(verbatim, ' ');
		const problems: ContentProblem[] = [];
		for (const [, text = ''] of body.matchAll(/>([^<]+)</g)) {
			const match = leftover.exec(text);
			if (!match) continue;
			const start = Math.max(0, match.index - 20);
			const snippet = text
				.slice(start, match.index + 20)
				.replace(/\s+/g, ' ')
				.trim();
			problems.push({
				file,
				field: '(text)',
				message: `shows Markdown as text: “${snippet}”; fix the emphasis in the page source (in Chinese, keep punctuation outside **…**)`,
			});
		}
		return problems;
	});
}
