/**
 * Formats an integer for the page's language (thousands separators).
 *
 * @example
 * formatCount(8192, 'en') // => '8,192'
 */
export function formatCount(value: number, lang: string): string {
	return new Intl.NumberFormat(lang).format(value);
}

/**
 * The year of a `YYYY-MM-DD` date.
 *
 * @example
 * yearOf('2023-07-11') // => 2023
 */
export function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}

/**
 * Formats a `YYYY-MM-DD` date for the page's language, without time-zone shifts.
 *
 * @example
 * formatDate('2023-07-11', 'en')    // => 'Jul 11, 2023'
 * formatDate('2023-07-11', 'zh-CN') // => '2023年7月11日'
 */
export function formatDate(date: string, lang: string): string {
	return new Intl.DateTimeFormat(lang, {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		timeZone: 'UTC',
	}).format(new Date(`${date}T00:00:00Z`));
}

/**
 * Fills `{{name}}` placeholders, for code that runs outside a page and has no `t()`.
 *
 * @example
 * interpolate('{{from}} → {{to}}', { from: 'Image', to: 'EVA-CLIP' }) // => 'Image → EVA-CLIP'
 */
export function interpolate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}
