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
