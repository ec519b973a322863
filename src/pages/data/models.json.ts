import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/atlas';
import { exportModels } from '../../lib/export-models';
import { localizedPath } from '../../lib/locale';
import { exportFormatVersion, modelsExportSchema } from '../../schemas/export';

/** Every model's facts, in both languages where text differs. Validated before it is written. */
export const GET: APIRoute = async ({ site }) => {
	const atlas = await getAtlas();
	const base = site ?? new URL('https://localhost/');
	const models = exportModels(atlas.modelsIn('root'), atlas.modelsIn('zh-cn'), {
		urlOf: (path, lang) =>
			new URL(localizedPath(path, lang === 'en' ? 'root' : 'zh-cn'), base).href,
		component: (tag) => atlas.component(tag)?.data,
		builtUponBy: (slug) => atlas.builtUponBy(slug),
		route: (model) => atlas.route(model),
	});
	const data = modelsExportSchema.parse({
		version: exportFormatVersion,
		site: base.href,
		license: 'CC BY 4.0',
		models,
	});
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' },
	});
};
