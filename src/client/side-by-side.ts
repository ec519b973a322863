import { valuesDiffer } from '../lib/compare-state';

/** The UI strings the side-by-side view needs. */
export interface SideBySideStrings {
	loading: string;
	/** Marks a fact whose values differ, for screen readers and in the row header. */
	differs: string;
	/** Header of the facts column. */
	fact: string;
	/** Label of the diagrams row. */
	diagram: string;
}

/** What the side-by-side view is drawn from: the chosen slugs and the table already on the page. */
export interface SideBySideInput {
	container: HTMLElement;
	slugs: readonly string[];
	/** The column headers of the comparison table (`data-column`), in order. */
	headers: readonly HTMLElement[];
	rows: readonly HTMLTableRowElement[];
	/** URL of the folder of per-model diagram files (`<slug>.json`). */
	diagrams: string;
	strings: SideBySideStrings;
}

/** One model's diagram as the build wrote it. */
interface DiagramFile {
	captionId: string;
	caption: string;
	svg: string;
}

const diagramCache = new Map<string, Promise<DiagramFile>>();

/**
 * Draws the chosen models as a table with one column per model and one row per fact, taken
 * from the comparison table's own cells (so both show the same data), marks the facts whose
 * values differ, and adds each model's diagram, drawn at build time, in a box that scales it
 * to the column and scrolls if it is still too wide.
 */
export async function renderSideBySide({
	container,
	slugs,
	headers,
	rows,
	diagrams,
	strings,
}: SideBySideInput): Promise<void> {
	const chosen = slugs.flatMap((slug) => rows.find((row) => row.dataset['slug'] === slug) ?? []);
	if (chosen.length === 0) {
		container.replaceChildren();
		return;
	}
	const table = document.createElement('table');
	table.className = 'side-by-side-table';
	const head = table.createTHead().insertRow();
	head.append(cell('th', strings.fact, 'col'));
	for (const row of chosen) {
		const th = cell('th', '', 'col');
		th.append(row.querySelector('[data-column="model"] a')!.cloneNode(true));
		head.append(th);
	}
	const body = table.createTBody();
	for (const header of headers) {
		const column = header.dataset['column'];
		if (!column || column === 'model') continue;
		const cells = chosen.map((row) => row.querySelector<HTMLElement>(`[data-column="${column}"]`));
		const differs = valuesDiffer(cells.map((c) => c?.textContent ?? ''));
		const tr = body.insertRow();
		if (differs) tr.dataset['differs'] = '';
		const label = cell('th', header.querySelector('.column-label')?.textContent ?? column, 'row');
		if (differs) {
			const mark = document.createElement('span');
			mark.className = 'differs-mark';
			mark.textContent = ` ≠ ${strings.differs}`;
			label.append(mark);
		}
		tr.append(label);
		for (const source of cells) {
			const td = document.createElement('td');
			if (source)
				td.append(
					...[...source.childNodes]
						.filter((n) => !(n instanceof HTMLLabelElement))
						.map((n) => n.cloneNode(true)),
				);
			tr.append(td);
		}
	}
	const diagramRow = body.insertRow();
	diagramRow.className = 'side-by-side-diagrams';
	diagramRow.append(cell('th', strings.diagram, 'row'));
	const boxes = chosen.map((row) => {
		const td = document.createElement('td');
		const figure = document.createElement('figure');
		figure.className = 'side-by-side-figure';
		figure.textContent = strings.loading;
		td.append(figure);
		diagramRow.append(td);
		return { slug: row.dataset['slug']!, figure };
	});
	const scroll = document.createElement('section');
	scroll.className = 'side-by-side-box';
	scroll.tabIndex = 0;
	scroll.setAttribute('aria-labelledby', 'side-by-side');
	scroll.append(table);
	table.style.setProperty('--side-by-side-count', String(chosen.length));
	container.replaceChildren(scroll);
	await Promise.all(
		boxes.map(async ({ slug, figure }) => {
			const url = `${diagrams}${slug}.json`;
			let file = diagramCache.get(url);
			if (!file) {
				file = fetch(url).then((response) => response.json() as Promise<DiagramFile>);
				diagramCache.set(url, file);
			}
			const { svg, caption, captionId } = await file;
			// The SVG is the build's own output for this model, not a page parsed here.
			const box = document.createElement('div');
			box.className = 'side-by-side-diagram';
			box.innerHTML = svg;
			const figcaption = document.createElement('figcaption');
			figcaption.id = captionId;
			figcaption.textContent = caption;
			figure.replaceChildren(box, figcaption);
		}),
	);
}

function cell(tag: 'th' | 'td', text: string, scope?: 'col' | 'row'): HTMLTableCellElement {
	const element = document.createElement(tag);
	element.textContent = text;
	if (scope) element.scope = scope;
	return element;
}
