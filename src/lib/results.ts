import type { ResultSetting } from '../schemas/result';

/** The setting keys in display order. */
export const settingKeys = [
	'split',
	'language',
	'promptRewriting',
	'reasoning',
	'shots',
	'resolution',
] as const satisfies readonly (keyof ResultSetting)[];

/**
 * A stable string for a setting, so results can be grouped by it: only results with the same
 * key are ranked together.
 *
 * @example
 * settingKey({ promptRewriting: true, split: 'val' }) // => 'split=val;promptRewriting=true'
 * settingKey({})                                      // => ''
 */
export function settingKey(setting: ResultSetting): string {
	return settingKeys
		.filter((key) => setting[key] !== undefined)
		.map((key) => `${key}=${String(setting[key])}`)
		.join(';');
}

/** Looks up a UI string with values, as Starlight's `t()` does. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A setting in words, for tables and leaderboard headings; an empty setting reads as the
 * benchmark's standard protocol.
 *
 * @example
 * describeSetting({ promptRewriting: true, split: 'val' }, t) // => 'val split · rewritten prompts'
 * describeSetting({}, t)                                      // => 'standard'
 */
export function describeSetting(setting: ResultSetting, t: Translate): string {
	const parts = settingKeys.flatMap((key) => {
		const value = setting[key];
		if (value === undefined) return [];
		if (typeof value === 'boolean') return [t(`results.setting.${key}.${value ? 'yes' : 'no'}`)];
		return [t(`results.setting.${key}`, { value })];
	});
	return parts.length ? parts.join(' · ') : t('results.setting.standard');
}

/**
 * The setting most results of a benchmark share (ties go to the shorter key, then by name): its
 * main leaderboard, the one a comparison table shows. `undefined` when there are no results.
 *
 * @example
 * mainSetting([{ setting: {} }, { setting: {} }, { setting: { promptRewriting: true } }]) // => { key: '', setting: {} }
 */
export function mainSetting(
	results: readonly { setting: ResultSetting }[],
): { key: string; setting: ResultSetting } | undefined {
	const counts = new Map<string, { key: string; setting: ResultSetting; count: number }>();
	for (const { setting } of results) {
		const key = settingKey(setting);
		const entry = counts.get(key) ?? { key, setting, count: 0 };
		entry.count++;
		counts.set(key, entry);
	}
	const [best] = [...counts.values()].sort(
		(a, b) => b.count - a.count || a.key.length - b.key.length || a.key.localeCompare(b.key),
	);
	return best && { key: best.key, setting: best.setting };
}
