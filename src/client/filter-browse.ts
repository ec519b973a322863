import { searchRanking } from '../config/search';
import { selectedFilters } from '../lib/search-filters';

interface Strings {
	heading: string;
	hint: string;
	/** The page count per plural category of the page's language (`one`, `other`, …), `{count}` unreplaced. */
	count: Record<string, string>;
}
type Pagefind = {
	options(options: object): Promise<void>;
	search(
		term: string | null,
		options: object,
	): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string } }> }[] }>;
};

/**
 * The count phrase for `count` in the page's language, from its plural templates.
 *
 * @example
 * countText({ one: '{count} page', other: '{count} pages' }, 3) // => '3 pages'
 */
function countText(templates: Record<string, string>, count: number): string {
	const category = new Intl.PluralRules(document.documentElement.lang).select(count);
	return (templates[category] ?? templates['other'] ?? '{count}').replace('{count}', String(count));
}

/**
 * Browsing by filter in Starlight's search dialog with an empty query: Pagefind's default UI
 * only searches once text is typed, but readers ask "which models use VQGAN?" without any.
 */
class AtlasFilterBrowse extends HTMLElement {
	connectedCallback() {
		const strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
		const root = document.getElementById('starlight__search');
		if (!root) return;
		const panel = document.createElement('section');
		panel.className = 'atlas-browse';
		panel.setAttribute('aria-live', 'polite');
		let pagefind: Promise<Pagefind> | undefined;
		const load = () =>
			(pagefind ??= import(
				/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`
			).then(async (module: Pagefind) => {
				await module.options({ ranking: searchRanking });
				return module;
			}));
		const render = async () => {
			const input = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
			const filters = selectedFilters(
				root.querySelectorAll<HTMLInputElement>('input.pagefind-ui__filter-checkbox'),
			);
			const browsing = !input?.value && Object.keys(filters).length > 0;
			root.toggleAttribute('data-browsing', browsing);
			if (!browsing) {
				panel.replaceChildren(
					Object.assign(document.createElement('p'), {
						className: 'atlas-browse-hint',
						textContent: strings.hint,
					}),
				);
				return;
			}
			const response = await (await load()).search(null, { filters });
			const results = await Promise.all(response.results.map((result) => result.data()));
			const heading = Object.assign(document.createElement('p'), {
				className: 'atlas-browse-heading',
				textContent: `${strings.heading}: ${countText(strings.count, results.length)}`,
			});
			const list = document.createElement('ul');
			for (const result of results) {
				const link = Object.assign(document.createElement('a'), {
					href: result.url,
					textContent: result.meta.title ?? result.url,
				});
				const item = document.createElement('li');
				item.append(link);
				list.append(item);
			}
			panel.replaceChildren(heading, list);
		};
		// Pagefind's UI renders asynchronously; attach once its filter panel exists.
		const attach = () => {
			const drawer = root.querySelector('.pagefind-ui__drawer');
			const input = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
			if (!drawer || !input) return false;
			drawer.after(panel);
			// Pagefind loads its filters on the input's first focus; the dialog may have opened
			// (and focused) before the UI existed, so focus again whenever it opens.
			const dialog = root.closest('dialog');
			if (dialog?.open) input.dispatchEvent(new FocusEvent('focus'));
			if (dialog) {
				new MutationObserver(
					() => dialog.open && input.dispatchEvent(new FocusEvent('focus')),
				).observe(dialog, {
					attributes: true,
					attributeFilter: ['open'],
				});
			}
			root.addEventListener('change', () => void render());
			root.addEventListener('input', () => void render());
			void render();
			return true;
		};
		if (!attach()) {
			const observer = new MutationObserver(() => attach() && observer.disconnect());
			observer.observe(root, { childList: true, subtree: true });
		}
	}
}
customElements.define('atlas-filter-browse', AtlasFilterBrowse);
