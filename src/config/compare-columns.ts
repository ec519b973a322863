/**
 * The comparison table's column groups, each shown or hidden as a whole. Labels are UI strings
 * (`compare.group.<group>`).
 */
export const compareColumnGroups = [
	'architecture',
	'understanding',
	'generation',
	'audio',
	'openness',
	'results',
] as const;
export type CompareColumnGroup = (typeof compareColumnGroups)[number];

/**
 * The comparison table's columns in order; `group` is absent for the columns always shown (the
 * model, its year and organisations). Labels are UI strings (`compare.<key>`).
 */
export const compareColumns = [
	{ key: 'model' },
	{ key: 'year' },
	{ key: 'organisation' },
	{ key: 'paradigm', group: 'architecture' },
	{ key: 'backbone', group: 'architecture' },
	{ key: 'understandingEncoder', group: 'understanding' },
	{ key: 'input', group: 'understanding' },
	{ key: 'generationTokenizer', group: 'generation' },
	{ key: 'tokens', group: 'generation' },
	{ key: 'codebook', group: 'generation' },
	{ key: 'decoder', group: 'generation' },
	{ key: 'output', group: 'generation' },
	{ key: 'speech', group: 'audio' },
	{ key: 'fullDuplex', group: 'audio' },
	{ key: 'weights', group: 'openness' },
	{ key: 'code', group: 'openness' },
	{ key: 'licence', group: 'openness' },
] as const satisfies readonly { key: string; group?: CompareColumnGroup }[];
export type CompareColumnKey = (typeof compareColumns)[number]['key'];

/**
 * Benchmarks shown as columns of the results group, in order; each column holds a model's
 * headline score on that benchmark's main leaderboard (see `headlineResult`).
 */
export const compareBenchmarks = [
	'geneval',
	'dpg-bench',
	'wise',
	'mmmu',
	'mmbench',
	'mme-p',
	'librispeech',
	'voicebench',
] as const;

/** The column key of a benchmark column, e.g. `result-geneval`. */
export const resultColumnKey = (benchmark: string) => `result-${benchmark}`;
