import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionaries } from '../../config/ui-strings';
import { getAtlas } from '../../data/atlas';
import type { OgCardContent } from '../../lib/og/card';
import { ogImageSpecs } from '../../lib/og/cards';
import { renderOgImage } from '../../lib/og/render';

/** Link-preview images (`og:image`), drawn at build time from the data; see `ogImageSpecs`. */
export const getStaticPaths = (async () =>
	ogImageSpecs(await getAtlas(), dictionaries).map(({ path, content }) => ({
		params: { image: path.replace(/^\/og\//, '').replace(/\.png$/, '') },
		props: { content },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const png = await renderOgImage((props as { content: OgCardContent }).content);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
