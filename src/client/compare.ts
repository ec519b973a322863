import {
	compareSortKeys,
	maxSideBySide,
	parseCompareState,
	rowMatches,
	serializeCompareState,
	type CompareState,
} from '../lib/compare-state';
import { renderSideBySide, type SideBySideStrings } from './side-by-side';

/** The filters of the view, each a `<select name>` on the page and a key of the state. */
const filterNames = ['paradigm', 'component', 'modality', 'audio', 'release'] as const;

/**
 * The compare page's enhancements: sort by any column, filter, show or hide column groups,
 * ready-made views, and two to four models side by side, with the whole view in the URL so it
 * can be shared. Without JavaScript the page is the complete table.
 */
class AtlasCompare extends HTMLElement {
	state: CompareState = parseCompareState(location.search);
	connectedCallback() {
		const strings = JSON.parse(this.dataset['strings'] ?? '{}') as SideBySideStrings & {
			shown: string;
		};
		const table = this.querySelector<HTMLTableElement>('[data-compare-table]')!;
		const body = table.tBodies[0]!;
		const rows = [...body.rows];
		const filters = this.querySelector<HTMLFieldSetElement>('[data-filters]')!;
		const groups = this.querySelector<HTMLFieldSetElement>('[data-column-groups]')!;
		const groupBoxes = [...groups.querySelectorAll<HTMLInputElement>('input[name=cols]')];
		const count = this.querySelector<HTMLOutputElement>('[data-count]')!;
		const section = this.querySelector<HTMLElement>('[data-side-by-side]')!;
		const clear = this.querySelector<HTMLButtonElement>('[data-clear]')!;
		// Enhancements exist only with JavaScript; without it the full table stands alone.
		filters.hidden = false;
		groups.hidden = false;
		section.hidden = false;
		this.querySelectorAll<HTMLElement>('[data-pick]').forEach((el) => (el.hidden = false));
		const headers = [...table.tHead!.rows[1]!.cells].filter((cell) => cell.dataset['column']);
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
		filters.addEventListener('change', () => {
			const read = (key: string) =>
				filters.querySelector<HTMLSelectElement>(`select[name="${key}"]`)?.value || undefined;
			this.update(Object.fromEntries(filterNames.map((name) => [name, read(name)])));
		});
		groups.addEventListener('change', () => {
			const shown = groupBoxes.filter((box) => box.checked).map((box) => box.value);
			this.update({ columns: shown.length === groupBoxes.length ? undefined : shown });
		});
		// Ready-made views are plain links; with JavaScript they apply in place.
		this.querySelectorAll<HTMLAnchorElement>('a[data-preset]').forEach((link) =>
			link.addEventListener('click', (event) => {
				event.preventDefault();
				this.state = parseCompareState(new URL(link.href).search);
				this.update({});
			}),
		);
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
				filters.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value =
					state[name] ?? '';
			}
			for (const box of groupBoxes)
				box.checked = !state.columns || state.columns.includes(box.value);
			// Hidden groups are named on the table; CSS hides their cells.
			table.dataset['hiddenGroups'] = groupBoxes
				.filter((box) => !box.checked)
				.map((box) => box.value)
				.join(' ');
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
			for (const header of headers) {
				if (header.dataset['column'] === state.sort)
					header.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
				else header.removeAttribute('aria-sort');
			}
			if (state.sort) {
				const key = (row: HTMLTableRowElement) =>
					row.querySelector<HTMLElement>(`[data-column="${state.sort}"]`)?.dataset['sort'] ?? '';
				const sorted = [...rows].sort(
					(a, b) => compareSortKeys(key(a), key(b)) * (state.descending ? -1 : 1),
				);
				body.append(...sorted);
			}
			clear.hidden = state.models.length === 0;
			this.querySelector<HTMLElement>('[data-side-by-side-hint]')!.hidden =
				state.models.length >= 2;
			void renderSideBySide({
				container: this.querySelector<HTMLElement>('[data-side-by-side-grid]')!,
				slugs: state.models,
				headers,
				rows,
				diagrams: this.dataset['diagrams'] ?? '',
				strings,
			});
		};
		this.render();
	}
	render() {}
	update(change: Partial<CompareState>) {
		this.state = { ...this.state, ...change };
		history.replaceState(null, '', `${location.pathname}${serializeCompareState(this.state)}`);
		this.render();
	}
}
customElements.define('atlas-compare', AtlasCompare);
