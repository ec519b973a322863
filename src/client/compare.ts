import {
	compareSortKeys,
	maxSideBySide,
	parseCompareState,
	rowMatches,
	serializeCompareState,
	type CompareState,
} from '../lib/compare-state';

/** The filters of the view, each a `<select name>` on the page and a key of the state. */
const filterNames = ['paradigm', 'component', 'modality', 'audio', 'release'] as const;

/**
 * The compare page's enhancements: sort by any column, filter by paradigm, component and modality,
 * and pick models for the side-by-side view, with the whole state in the URL so it can be shared.
 * Without JavaScript the page is the complete table.
 */
class AtlasCompare extends HTMLElement {
	state: CompareState = parseCompareState(location.search);
	connectedCallback() {
		const strings = JSON.parse(this.dataset['strings'] ?? '{}') as {
			shown: string;
			loading: string;
		};
		const table = this.querySelector<HTMLTableElement>('[data-compare-table]')!;
		const body = table.tBodies[0]!;
		const rows = [...body.rows];
		const form = this.querySelector<HTMLFieldSetElement>('[data-filters]')!;
		const count = this.querySelector<HTMLOutputElement>('[data-count]')!;
		const section = this.querySelector<HTMLElement>('[data-side-by-side]')!;
		const grid = this.querySelector<HTMLElement>('[data-side-by-side-grid]')!;
		const clear = this.querySelector<HTMLButtonElement>('[data-clear]')!;
		// Enhancements exist only with JavaScript; without it the full table stands alone.
		form.hidden = false;
		section.hidden = false;
		this.querySelectorAll<HTMLElement>('[data-pick-column]').forEach((el) => (el.hidden = false));
		const headers = [...table.tHead!.rows[0]!.cells].filter((cell) => cell.dataset['column']);
		for (const header of headers) {
			const label = header.querySelector('.column-label')!;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'sort-button';
			button.append(label);
			button.addEventListener('click', () => {
				const column = header.dataset['column']!;
				this.update({
					sort: column,
					descending: this.state.sort === column ? !this.state.descending : false,
				});
			});
			header.append(button);
		}
		form.addEventListener('change', () => {
			const read = (key: string) =>
				form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)?.value || undefined;
			this.update(Object.fromEntries(filterNames.map((name) => [name, read(name)])));
		});
		body.addEventListener('change', (event) => {
			const box = event.target as HTMLInputElement;
			const chosen = this.state.models.filter((slug) => slug !== box.value);
			this.update({
				models: box.checked ? [...chosen, box.value].slice(-maxSideBySide) : chosen,
			});
		});
		clear.addEventListener('click', () => this.update({ models: [] }));
		window.addEventListener('popstate', () => {
			this.state = parseCompareState(location.search);
			this.render();
		});
		this.render = () => {
			const { state } = this;
			for (const name of filterNames) {
				form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value = state[name] ?? '';
			}
			let shown = 0;
			for (const row of rows) {
				const match = rowMatches(
					{
						paradigm: row.dataset['paradigm'] ?? '',
						components: (row.dataset['components'] ?? '').split(' '),
						modalities: (row.dataset['modalities'] ?? '').split(' '),
						traits: (row.dataset['traits'] ?? '').split(' '),
					},
					state,
				);
				row.hidden = !match;
				if (match) shown++;
				const box = row.querySelector<HTMLInputElement>('input[type=checkbox]')!;
				box.checked = state.models.includes(box.value);
			}
			count.value = strings.shown
				.replace('{shown}', String(shown))
				.replace('{total}', String(rows.length));
			const columnIndex = headers.findIndex((h) => h.dataset['column'] === state.sort);
			headers.forEach((header, index) => {
				if (index === columnIndex)
					header.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
				else header.removeAttribute('aria-sort');
			});
			if (columnIndex >= 0) {
				const key = (row: HTMLTableRowElement) =>
					(row.cells[columnIndex + 1] as HTMLElement).dataset['sort'] ?? '';
				const sorted = [...rows].sort(
					(a, b) => compareSortKeys(key(a), key(b)) * (state.descending ? -1 : 1),
				);
				body.append(...sorted);
			}
			void this.renderSideBySide(grid, clear, strings.loading);
		};
		this.render();
	}
	render() {}
	update(change: Partial<CompareState>) {
		this.state = { ...this.state, ...change };
		history.replaceState(null, '', `${location.pathname}${serializeCompareState(this.state)}`);
		this.render();
	}
	/** Shows the chosen models' facts and diagrams, taken from their own pages. */
	async renderSideBySide(grid: HTMLElement, clear: HTMLButtonElement, loading: string) {
		const chosen = this.state.models;
		clear.hidden = chosen.length === 0;
		this.querySelector<HTMLElement>('[data-side-by-side-hint]')!.hidden = chosen.length >= 2;
		const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
		grid.replaceChildren(
			...chosen.map((slug) => {
				const column = document.createElement('article');
				column.className = 'side-by-side-column';
				column.dataset['slug'] = slug;
				column.textContent = loading;
				return column;
			}),
		);
		await Promise.all(
			chosen.map(async (slug) => {
				const link = rows
					.find((row) => row.dataset['slug'] === slug)
					?.querySelector<HTMLAnchorElement>('th a');
				const column = grid.querySelector<HTMLElement>(`[data-slug="${slug}"]`);
				if (!link || !column) return;
				const html = await (await fetch(link.href)).text();
				const page = new DOMParser().parseFromString(html, 'text/html');
				const heading = document.createElement('h3');
				heading.append(
					Object.assign(document.createElement('a'), {
						href: link.href,
						textContent: link.textContent,
					}),
				);
				const parts = [
					page.querySelector('.model-facts .facts-grid'),
					page.querySelector('figure.pipeline'),
				].filter(Boolean) as Element[];
				// Diagram ids are unique within one page; prefix them with the model so several fit on this one.
				for (const element of parts) {
					element.querySelectorAll('[id]').forEach((el) => (el.id = `${slug}-${el.id}`));
					element
						.querySelectorAll('[aria-labelledby]')
						.forEach((el) =>
							el.setAttribute('aria-labelledby', `${slug}-${el.getAttribute('aria-labelledby')}`),
						);
					element
						.querySelectorAll('[marker-end]')
						.forEach((el) =>
							el.setAttribute(
								'marker-end',
								(el.getAttribute('marker-end') ?? '').replace('url(#', `url(#${slug}-`),
							),
						);
				}
				column.replaceChildren(heading, ...parts.map((part) => document.importNode(part, true)));
			}),
		);
	}
}
customElements.define('atlas-compare', AtlasCompare);
