import type { CompareState } from '../lib/compare-state';

/**
 * Ready-made views of the comparison table: each is a partial view (filters, column groups,
 * sort) that becomes a shareable link. Labels are UI strings (`compare.preset.<id>`).
 */
export const comparePresets = [
	{ id: 'all', view: {} },
	{
		id: 'tokenizers',
		view: { columns: ['architecture', 'generation'], sort: 'codebook', descending: true },
	},
	{
		id: 'generation-results',
		view: { columns: ['architecture', 'results'], sort: 'result-geneval' },
	},
	{ id: 'understanding', view: { columns: ['architecture', 'understanding'] } },
	{
		id: 'speech',
		view: {
			audio: 'hears',
			columns: ['architecture', 'audio', 'openness'],
			sort: 'year',
			descending: true,
		},
	},
	{
		id: 'open',
		view: {
			release: 'open-weights',
			columns: ['architecture', 'openness'],
			sort: 'year',
			descending: true,
		},
	},
] as const satisfies readonly { id: string; view: Partial<CompareState> }[];
