/**
 * Pagefind ranking, shared by Starlight's search dialog and the query-set test so both rank
 * alike. Measured on the query set in `tests/e2e/search-queries.json`: ignoring raw term
 * frequency and favouring exact words lets a model's own page win searches for its name
 * ("Janus" over "Janus-Pro", which repeats the word "Janus" on every line), while headings and
 * the title weights of `src/lib/search-weight.ts` keep concept searches on the pages about them.
 */
export const searchRanking = {
	termSimilarity: 10,
	pageLength: 0.3,
	termFrequency: 0,
	termSaturation: 1,
};
