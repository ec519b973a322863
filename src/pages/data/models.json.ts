import type { APIRoute } from 'astro';
import { localeKeys } from '../../config/locales';
import { getAtlas } from '../../data/atlas';
import { exportModels } from '../../lib/export-models';
import { withBase } from '../../lib/base-path';
import { langOf, localizedPath } from '../../lib/locale';
import { exportFormatVersion, modelsExportSchema } from '../../schemas/export';

/** Every model's facts, with the text of every language where it differs. Validated before it is written. */
export const GET: APIRoute = async ({ site }) => {
	const atlas = await getAtlas();
	const base = site ?? new URL('https://localhost/');
	const models = exportModels(atlas.models, {
		locales: localeKeys.map((key) => ({ key, lang: langOf(key) })),
		urlOf: (path, locale) => new URL(localizedPath(path, locale), base).href,
		component: (tag) => atlas.component(tag)?.data,
		builtUponBy: (slug) => atlas.builtUponBy(slug),
		route: (model) => atlas.route(model),
	});
	const data = modelsExportSchema.parse({
		version: exportFormatVersion,
		site: new URL(localizedPath('', localeKeys[0]!), base).href,
		license: 'CC BY 4.0',
		results: new URL(withBase('/data/results.json'), base).href,
		models,
	});
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' },
	});
};
