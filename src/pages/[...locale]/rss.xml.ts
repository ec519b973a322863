import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { localeKeys } from '../../config/locales';
import { dictionaries } from '../../config/ui-strings';
import { getAtlas } from '../../data/atlas';
import { feedItems } from '../../lib/feed-items';
import { langOf, localizedPath } from '../../lib/locale';
import { localeStaticPaths } from '../../lib/routes';

export function getStaticPaths() {
	return localeStaticPaths(localeKeys);
}

/** One feed per language of new and substantially revised model summaries. */
export const GET: APIRoute = async ({ props, site }) => {
	const { locale } = props as InferGetStaticPropsType<typeof getStaticPaths>;
	const lang = langOf(locale);
	const strings = dictionaries[lang] ?? {};
	const models = (await getAtlas()).modelsIn(locale);
	return rss({
		title: strings['rss.title'] ?? '',
		description: strings['rss.description'] ?? '',
		site: new URL(localizedPath('', locale), site ?? 'https://localhost/').href,
		items: feedItems(models, (paradigm) => strings[`paradigm.${paradigm}`] ?? paradigm).map(
			(item) => ({
				title: item.title,
				description: item.description,
				link: localizedPath(item.path, locale),
				pubDate: item.pubDate,
				categories: item.categories,
			}),
		),
		customData: `<language>${lang}</language>`,
	});
};
