import type { AstroGlobal } from 'astro';
import type { LocaleKey } from '../config/locales';
import { localeOfLang } from '../lib/locale';
import type { ModelPage } from '../lib/pages';
import { getAtlas, type Atlas } from './atlas';

/** The atlas, the current locale, and the model shown on the current Starlight page, if any. */
export async function currentModel(
	astro: Pick<AstroGlobal, 'locals'>,
): Promise<{ atlas: Atlas; locale: LocaleKey; model: ModelPage | undefined }> {
	const atlas = await getAtlas();
	const route = astro.locals.starlightRoute;
	const locale = localeOfLang(route.lang);
	const model = atlas.models.find(
		(m) =>
			m.locale === locale && `${locale === 'root' ? '' : `${locale}/`}${m.path}` === route.entry.id,
	);
	return { atlas, locale, model };
}
