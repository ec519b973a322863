import type { APIRoute } from 'astro';
import { localeKeys } from '../../config/locales';
import { getAtlas } from '../../data/atlas';
import { withBase } from '../../lib/base-path';
import { langOf, localizedPath } from '../../lib/locale';
import { resultsExportSchema, resultsExportVersion } from '../../schemas/results-export';

/** Every recorded benchmark number with its source, and the benchmarks. Validated before it is written. */
export const GET: APIRoute = async ({ site }) => {
	const atlas = await getAtlas();
	const base = site ?? new URL('https://localhost/');
	const data = resultsExportSchema.parse({
		version: resultsExportVersion,
		site: new URL(localizedPath('', localeKeys[0]!), base).href,
		license: 'CC BY 4.0',
		models: new URL(withBase('/data/models.json'), base).href,
		benchmarks: atlas.benchmarks.map(({ id, data: b }) => ({
			slug: id,
			name: b.name,
			kind: b.kind,
			measures: b.measures,
			metric: b.metric,
			range: b.range,
			higherIsBetter: b.higherIsBetter,
			unit: b.unit,
			arxiv: b.arxiv,
			link: b.link,
			pages: Object.fromEntries(
				localeKeys.map((key) => [
					langOf(key),
					new URL(localizedPath(`benchmarks/${id}`, key), base).href,
				]),
			),
		})),
		results: atlas.results.map(({ model, ...result }) => ({ model, ...result })),
	});
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' },
	});
};
