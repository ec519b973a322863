import type { APIRoute, GetStaticPaths } from 'astro';
import { localeKeys, type LocaleKey } from '../../../../config/locales';
import { getAtlas } from '../../../../data/atlas';
import { langOf } from '../../../../lib/locale';
import { localizedDiagram } from '../../../../lib/diagram/localized';
import { itemStaticPaths } from '../../../../lib/routes';
import { localize } from '../../../../lib/translatable';

/**
 * Each model's pipeline diagram in each language, drawn at build time, for the compare page's
 * side-by-side view: it fetches the few it shows instead of shipping every diagram in the page.
 */
export const getStaticPaths = (async () => {
	const atlas = await getAtlas();
	return itemStaticPaths(localeKeys, [...new Set(atlas.models.map((m) => m.slug))], 'slug');
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { locale, slug } = props as { locale: LocaleKey; slug: string };
	const model = (await getAtlas()).model(slug, locale)!;
	const id = `side-${slug}`;
	const { svg } = localizedDiagram(model.facts.pipeline, { id, locale, source: model.dataFile });
	return Response.json({
		captionId: `${id}-caption`,
		caption: localize(model.facts.pipeline.caption, langOf(locale)),
		svg,
	});
};
