import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/atlas';
import { joinBibtex } from '../../lib/export-models';

/** Every paper on the site, as one BibTeX file. */
export const GET: APIRoute = async () => {
	const models = (await getAtlas())
		.modelsIn('root')
		.map((m) => ({ date: m.facts.date, bibtex: m.facts.bibtex }));
	return new Response(joinBibtex(models), {
		headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
	});
};
