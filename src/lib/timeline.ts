import type { Paradigm } from '../schemas/vocabulary';
import { paradigms } from '../schemas/vocabulary';

/** What the timeline needs of a model. */
export interface TimelineModel {
	slug: string;
	date: string;
	paradigm: Paradigm;
}

/** One half-year column of the timeline, e.g. `2024-H1`. */
export interface TimelineGrid<T extends TimelineModel> {
	periods: string[];
	rows: { paradigm: Paradigm; cells: T[][] }[];
}

/**
 * Lays models out by paradigm (rows, in taxonomy order) and half-year of first release
 * (columns, every half-year from the first model's to `until`'s or the last model's, whichever
 * is later, empty ones included so time reads evenly up to the present). Within a cell, models
 * are in date order.
 *
 * @example
 * timelineGrid([{ slug: 'emu', date: '2023-07-11', paradigm: 'ar-semantic' }]).periods // => ['2023-H2']
 * timelineGrid([{ slug: 'emu', date: '2023-07-11', paradigm: 'ar-semantic' }], '2024-03-01').periods // => ['2023-H2', '2024-H1']
 */
export function timelineGrid<T extends TimelineModel>(
	models: readonly T[],
	until?: string,
): TimelineGrid<T> {
	const sorted = [...models].sort(
		(a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug),
	);
	const first = sorted[0];
	const last = sorted.at(-1);
	if (!first || !last) return { periods: [], rows: [] };
	const periods: string[] = [];
	const end = Math.max(periodIndex(last.date), until ? periodIndex(until) : 0);
	for (let index = periodIndex(first.date); index <= end; index++) {
		periods.push(`${Math.floor(index / 2)}-H${(index % 2) + 1}`);
	}
	const rows = paradigms
		.map((paradigm) => ({
			paradigm,
			cells: periods.map((period) =>
				sorted.filter((m) => m.paradigm === paradigm && periodOf(m.date) === period),
			),
		}))
		.filter((row) => row.cells.some((cell) => cell.length > 0));
	return { periods, rows };
}

/**
 * The half-year a date falls in.
 *
 * @example
 * periodOf('2024-07-01') // => '2024-H2'
 */
export function periodOf(date: string): string {
	const index = periodIndex(date);
	return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
}

function periodIndex(date: string): number {
	return Number(date.slice(0, 4)) * 2 + (Number(date.slice(5, 7)) > 6 ? 1 : 0);
}
