/** What a link-preview card shows, already in the page's language. */
export interface OgCardContent {
	/** BCP-47 language of the texts. */
	lang: string;
	/** Site title, top left. */
	site: string;
	/** What kind of page: a paradigm for a model, a kind for a component. */
	kicker: string;
	/** The page's subject: a model or component name, or the site's tagline. */
	title: string;
	/** One line about it, shortened to fit three lines. */
	description: string;
	/** Small facts below the description, e.g. year and first organisation. */
	meta: string;
	/** A compact strip: the model's components in pipeline order, or models using a component. */
	strip: string[];
	/** Whether the strip is a pipeline (drawn with arrows) or a plain list. */
	stripIsPipeline: boolean;
}

/** Characters the card adds around the content; the renderer loads fonts for them too. */
export const cardPunctuation = '→…·';

/** A node of the element tree Satori draws (its React-free form). */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const colors = {
	bg: '#17181c',
	panel: '#23262f',
	text: '#f6f6f6',
	muted: '#bfc2cc',
	accent: '#8ea4ff',
};

/**
 * Shortens a text to at most `max` characters, at a word boundary for spaced scripts, with an
 * ellipsis; Chinese has no spaces, so it is cut at the character.
 *
 * @example
 * shorten('A unified model that reads and writes images', 20) // => 'A unified model…'
 * shorten('统一理解与生成的模型', 6)                            // => '统一理解与…'
 */
export function shorten(text: string, max: number): string {
	const chars = [...text];
	if (chars.length <= max) return text;
	const cut = chars.slice(0, max - 1).join('');
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The card as an element tree for Satori: site and kind on top, the name large, the
 * description, facts, and a strip of chips at the bottom. Lengths are capped so nothing
 * overflows 1200×630; Chinese, being denser, gets fewer characters.
 *
 * @example
 * ogCard({ lang: 'en', site: 'Omni-Modal Atlas', kicker: 'Any-to-any', title: 'NExT-GPT', description: '…', meta: '2023', strip: ['ImageBind', 'Vicuna'], stripIsPipeline: true }).type // => 'div'
 */
export function ogCard(
	content: OgCardContent,
	fontFamilies: readonly string[] = ['Noto Sans SC'],
): CardNode {
	const dense = content.lang.startsWith('zh');
	const div = (
		style: Record<string, string | number>,
		children: (CardNode | string)[] | string,
	): CardNode => ({
		type: 'div',
		props: { style: { display: 'flex', ...style }, children },
	});
	const chips = content.strip.slice(0, 6).map((name, index) =>
		div(
			{
				alignItems: 'center',
				padding: '8px 18px',
				borderRadius: 999,
				background: colors.panel,
				color: colors.text,
				fontSize: 26,
				marginRight: 14,
				marginTop: 12,
			},
			`${index > 0 && content.stripIsPipeline ? '→ ' : ''}${shorten(name, 22)}`,
		),
	);
	return div(
		{
			// Satori sizes boxes without their padding and border: these add up to 1200×630.
			width: 1200 - 2 * 64,
			height: 630 - 2 * 48 - 12,
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '48px 64px',
			background: colors.bg,
			color: colors.text,
			fontFamily: fontFamilies.map((name) => `'${name}'`).join(', '),
			borderTop: `12px solid ${colors.accent}`,
		},
		[
			div({ flexDirection: 'column' }, [
				div({ fontSize: 28, color: colors.muted }, `${content.site} · ${content.kicker}`),
				div(
					{
						fontSize: content.title.length > 28 ? 60 : 80,
						fontWeight: 700,
						marginTop: 18,
						lineHeight: 1.1,
					},
					shorten(content.title, 48),
				),
				div(
					{ fontSize: 34, color: colors.muted, marginTop: 24, lineHeight: 1.35 },
					shorten(content.description, dense ? 84 : 170),
				),
			]),
			div({ flexDirection: 'column' }, [
				div({ fontSize: 26, color: colors.accent }, content.meta),
				div({ flexWrap: 'wrap' }, chips),
			]),
		],
	);
}
