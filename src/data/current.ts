import type { AstroGlobal } from 'astro';
import type { LocaleKey } from '../config/locales';
import { localeOfLang } from '../lib/locale';
import type { ModelPage } from '../lib/pages';
import { getAtlas, type Atlas } from './atlas';

type StarlightRoute = App.Locals['starlightRoute'];

/**
 * Starlight's data for the page being rendered, or `undefined` when a component is rendered
 * outside a Starlight page (the llms.txt export renders page content on its own).
 */
export function starlightRouteOf(astro: Pick<AstroGlobal, 'locals'>): StarlightRoute | undefined {
	try {
		return astro.locals.starlightRoute;
	} catch {
		return undefined;
	}
}

/** The atlas, the current locale, and the model shown on the current Starlight page, if any. */
export async function currentModel(
	astro: Pick<AstroGlobal, 'locals'>,
): Promise<{ atlas: Atlas; locale: LocaleKey; model: ModelPage | undefined }> {
	const atlas = await getAtlas();
	const route = starlightRouteOf(astro);
	if (!route) return { atlas, locale: 'root', model: undefined };
	const locale = localeOfLang(route.lang);
	const model = atlas.models.find(
		(m) =>
			m.locale === locale && `${locale === 'root' ? '' : `${locale}/`}${m.path}` === route.entry.id,
	);
	return { atlas, locale, model };
}
