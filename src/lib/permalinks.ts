import type { LocaleKey } from '../config/locales';
import type { ModelPage } from './pages';
import { localeStaticPaths } from './routes';

/** A stable address that leads to a model page: `arxiv/<id>` or `models/<alias>`. */
export interface Permalink {
	/** Shared slug of the redirect, e.g. `arxiv/2307.05222` or `models/emu1`. */
	from: string;
	/** Shared slug of the page it leads to, e.g. `models/emu`. */
	to: string;
	/** What kind of address it is. */
	kind: 'arxiv' | 'alias';
	/** The arXiv id or the alias. */
	key: string;
	/** Name of the model it leads to. */
	name: string;
}

/**
 * The permanent addresses of models in one locale: one per arXiv id and one per alias, so a link
 * built from what people have at hand (an arXiv id, a former slug) reaches the page.
 *
 * @example
 * permalinks([emu]) // emu has arxiv 2307.05222 and aliases [emu1]
 * // => [{ from: 'arxiv/2307.05222', to: 'models/emu', kind: 'arxiv', key: '2307.05222', name: 'Emu' },
 * //     { from: 'models/emu1', to: 'models/emu', kind: 'alias', key: 'emu1', name: 'Emu' }]
 */
export function permalinks(models: readonly Pick<ModelPage, 'path' | 'facts'>[]): Permalink[] {
	return models.flatMap(({ path, facts }) => [
		...(facts.arxiv
			? [
					{
						from: `arxiv/${facts.arxiv}`,
						to: path,
						kind: 'arxiv' as const,
						key: facts.arxiv,
						name: facts.name,
					},
				]
			: []),
		...facts.aliases.map((alias) => ({
			from: `models/${alias}`,
			to: path,
			kind: 'alias' as const,
			key: alias,
			name: facts.name,
		})),
	]);
}

/**
 * Static paths of one kind of permalink in every locale, for the routes under
 * `src/pages/[...locale]/` (`arxiv/[id]`, `models/[alias]`).
 *
 * @example
 * permalinkStaticPaths(['root', 'zh-cn'], (locale) => models[locale], 'arxiv', 'id')
 * // => [{ params: { locale: undefined, id: '2307.05222' }, props: { locale: 'root', link } }, …]
 */
export function permalinkStaticPaths<Param extends string>(
	localeKeys: readonly LocaleKey[],
	modelsIn: (locale: LocaleKey) => readonly Pick<ModelPage, 'path' | 'facts'>[],
	kind: Permalink['kind'],
	param: Param,
) {
	return localeStaticPaths(localeKeys).flatMap(({ params, props }) =>
		permalinks(modelsIn(props.locale))
			.filter((link) => link.kind === kind)
			.map((link) => ({
				params: { ...params, [param]: link.key } as { locale: string | undefined } & Record<
					Param,
					string
				>,
				props: { ...props, link },
			})),
	);
}
