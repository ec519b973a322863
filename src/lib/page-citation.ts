/** What a citation of one atlas page needs. */
export interface PageCitationInput {
	/** The model's name, e.g. `Emu2`. */
	name: string;
	/** The site's title in the page's language. */
	site: string;
	/** Absolute URL of the page. */
	url: string;
	/** When the page's facts were last checked, `YYYY-MM-DD`. */
	checked: string;
	/** BibTeX key prefix (the model slug). */
	slug: string;
}

/**
 * A BibTeX entry for an atlas page (not the paper): who published it, where, and the date its
 * facts were last checked, so a citation pins the version a reader saw.
 *
 * @example
 * pageCitation({ name: 'Emu', site: 'Omni-Modal Atlas', url: 'https://x.org/models/emu/', checked: '2026-12-01', slug: 'emu' })
 * // => '@misc{atlas-emu,\n  title = {Emu},\n  howpublished = {Omni-Modal Atlas},\n  url = {https://x.org/models/emu/},\n  year = {2026},\n  urldate = {2026-12-01},\n  note = {Facts checked 2026-12-01}\n}'
 */
export function pageCitation({ name, site, url, checked, slug }: PageCitationInput): string {
	return [
		`@misc{atlas-${slug},`,
		`  title = {${name}},`,
		`  howpublished = {${site}},`,
		`  url = {${url}},`,
		`  year = {${checked.slice(0, 4)}},`,
		`  urldate = {${checked}},`,
		`  note = {Facts checked ${checked}}`,
		'}',
	].join('\n');
}
