import type { ModelFacts } from '../schemas/model';
import { bibtexAuthors } from './bibtex';

/** One `<meta name content>` pair. */
export type MetaTag = readonly [name: string, content: string];

/**
 * Highwire-style `citation_*` metadata for a model's paper, the tags reference managers (Zotero's
 * browser connector, Google Scholar) read to save a page as the paper it describes. The set
 * follows what arxiv.org itself publishes for a preprint; reports without an arXiv id name
 * their first organisation as the institution.
 *
 * @example
 * citationMeta(emu.facts)
 * // => [['citation_title', 'Generative Pretraining in Multimodality'], ['citation_author', 'Quan Sun'], …,
 * //     ['citation_date', '2023/07/11'], ['citation_arxiv_id', '2307.05222'], ['citation_pdf_url', 'https://arxiv.org/pdf/2307.05222']]
 */
export function citationMeta(
	facts: Pick<ModelFacts, 'paperTitle' | 'bibtex' | 'date' | 'arxiv' | 'links' | 'organisations'>,
): MetaTag[] {
	const tags: MetaTag[] = [
		['citation_title', facts.paperTitle],
		...bibtexAuthors(facts.bibtex).map((name): MetaTag => ['citation_author', name]),
		['citation_date', facts.date.replaceAll('-', '/')],
	];
	if (facts.arxiv) {
		tags.push(
			['citation_arxiv_id', facts.arxiv],
			['citation_pdf_url', `https://arxiv.org/pdf/${facts.arxiv}`],
		);
	} else if (facts.organisations[0]) {
		tags.push(['citation_technical_report_institution', facts.organisations[0]]);
	}
	tags.push(['citation_abstract_html_url', facts.links.paper]);
	return tags;
}
