import type { ResultRecord, ResultSetting } from '../schemas/result';
import { settingKey } from './results';

/** A result with what a leaderboard needs to know about its model. */
export interface RankedResult extends ResultRecord {
	model: string;
	/** The model's display name and first-release date. */
	name: string;
	date: string;
}

/** The results of one benchmark measured under one setting, best first. */
export interface Leaderboard {
	key: string;
	setting: ResultSetting;
	entries: RankedResult[];
}

/**
 * Splits a benchmark's results into one leaderboard per setting, so numbers measured
 * differently (rewritten prompts, reasoning, another split) are never ranked together. Each
 * board is ordered best first (by the benchmark's direction), ties by date; boards with more
 * entries come first.
 *
 * @example
 * leaderboards([bagelPlain, bagelRewritten, janusPro], true).map((b) => b.key) // => ['', 'promptRewriting=true']
 */
export function leaderboards(
	results: readonly RankedResult[],
	higherIsBetter: boolean,
): Leaderboard[] {
	const boards = new Map<string, Leaderboard>();
	for (const result of results) {
		const key = settingKey(result.setting);
		let board = boards.get(key);
		if (!board) {
			board = { key, setting: result.setting, entries: [] };
			boards.set(key, board);
		}
		board.entries.push(result);
	}
	const direction = higherIsBetter ? -1 : 1;
	for (const board of boards.values()) {
		board.entries.sort(
			(a, b) => direction * (Number(a.value) - Number(b.value)) || a.date.localeCompare(b.date),
		);
	}
	return [...boards.values()].sort(
		(a, b) => b.entries.length - a.entries.length || a.key.localeCompare(b.key),
	);
}

/**
 * The best value reached up to each date: the frontier a new model has to beat.
 *
 * @example
 * bestSoFar([{ date: '2024-01-01', value: 0.5 }, { date: '2024-06-01', value: 0.4 }, { date: '2025-01-01', value: 0.8 }], true)
 * // => [{ date: '2024-01-01', value: 0.5 }, { date: '2025-01-01', value: 0.8 }]
 */
export function bestSoFar<T extends { date: string; value: number }>(
	points: readonly T[],
	higherIsBetter: boolean,
): T[] {
	const frontier: T[] = [];
	for (const point of [...points].sort((a, b) => a.date.localeCompare(b.date))) {
		const best = frontier.at(-1);
		if (!best || (higherIsBetter ? point.value > best.value : point.value < best.value)) {
			frontier.push(point);
		}
	}
	return frontier;
}

/**
 * The number a comparison table shows for a model on a benchmark: from the model's own
 * sources when it has any, measured without rewritten prompts or reasoning, the best of its
 * variants. `undefined` when nothing qualifies.
 *
 * @example
 * headlineResult([{ value: '0.80', variant: '7B', setting: {} }, { value: '0.73', variant: '1B', setting: {} }], true)?.value // => '0.80'
 */
export function headlineResult<T extends Pick<ResultRecord, 'value' | 'setting' | 'secondary'>>(
	results: readonly T[],
	higherIsBetter: boolean,
): T | undefined {
	const plain = results.filter((r) => !r.setting.promptRewriting && !r.setting.reasoning);
	const own = plain.filter((r) => !r.secondary);
	const pool = own.length ? own : plain;
	return [...pool].sort(
		(a, b) => (higherIsBetter ? -1 : 1) * (Number(a.value) - Number(b.value)),
	)[0];
}
