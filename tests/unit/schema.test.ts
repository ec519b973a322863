import { describe, expect, test } from 'vitest';
import { arxivIdSchema, isoDateSchema, modelSchema, slugSchema } from '../../src/schemas/model';
import { componentSchema } from '../../src/schemas/component';
import { uiStringsSchema } from '../../src/schemas/i18n';
import chinese from '../../content/i18n/zh-CN.json' with { type: 'json' };
import { facts } from './helpers';

describe('arXiv ids', () => {
	test.each(['2307.05222', '2505.02567', '1701.0001'])('accepts %s', (id) => {
		expect(arxivIdSchema.safeParse(id).success).toBe(true);
	});
	test.each(['2307.05222v2', '230705222', '2313.05222', 'arXiv:2307.05222', '2307.052'])(
		'rejects %s',
		(id) => {
			const result = arxivIdSchema.safeParse(id);
			expect(result.success).toBe(false);
			expect(result.error?.issues[0]?.message).toMatch(/YYMM\.NNNNN/);
		},
	);
});

describe('model facts', () => {
	test('a source that only republishes papers fails at its field', () => {
		const result = modelSchema.safeParse({
			...facts(),
			sources: ['https://arxiv.org/abs/2401.00001', 'https://www.paperswithcode.com/paper/alpha'],
		});
		expect(result.error?.issues[0]?.path).toEqual(['sources', 1]);
		expect(result.error?.issues[0]?.message).toContain('www.paperswithcode.com');
	});
	test('accept a complete model', () => {
		expect(modelSchema.safeParse(facts()).success).toBe(true);
	});
	test('keep YAML dates as YYYY-MM-DD strings', () => {
		const parsed = modelSchema.parse({ ...facts(), date: new Date('2023-07-11T00:00:00Z') });
		expect(parsed.date).toBe('2023-07-11');
	});
	test('name the field that is wrong', () => {
		const result = modelSchema.safeParse({ ...facts(), paradigm: 'magic' });
		expect(result.error?.issues[0]?.path).toEqual(['paradigm']);
	});
	test('require at least one source, and a release status with its checked date', () => {
		expect(modelSchema.safeParse({ ...facts(), sources: [] }).success).toBe(false);
		const { checked: _checked, ...release } = facts().release;
		expect(modelSchema.safeParse({ ...facts(), release }).error?.issues[0]?.path).toEqual([
			'release',
			'checked',
		]);
	});
	test('refuse a speech figure whose source is not listed among the sources', () => {
		const speech = { tokenRate: { value: 12.5, source: 'https://example.org/report' } };
		const result = modelSchema.safeParse({ ...facts(), speech });
		expect(result.error?.issues[0]?.path).toEqual(['speech', 'tokenRate', 'source']);
		const listed = {
			...facts(),
			speech,
			sources: [...facts().sources, 'https://example.org/report'],
		};
		expect(modelSchema.safeParse(listed).success).toBe(true);
	});
	test('ask for the arXiv id of a paper that is on arXiv', () => {
		const { arxiv: _arxiv, ...rest } = facts();
		expect(modelSchema.safeParse(rest).error?.issues[0]?.path).toEqual(['arxiv']);
		const card = {
			...rest,
			paperKind: 'model-card',
			links: { paper: 'https://huggingface.co/x/y' },
		};
		expect(modelSchema.safeParse(card).success).toBe(true);
	});
	test('reject non-https links', () => {
		expect(modelSchema.safeParse({ ...facts(), sources: ['http://example.org'] }).success).toBe(
			false,
		);
	});
	test('reject an unknown role', () => {
		const result = modelSchema.safeParse({
			...facts(),
			components: [{ tag: 'x', role: 'painter' }],
		});
		expect(result.error?.issues[0]?.path).toEqual(['components', 0, 'role']);
	});
	test('reject dates that are not calendar days', () => {
		expect(isoDateSchema.safeParse('July 2023').success).toBe(false);
	});
});

describe('slugs', () => {
	test.each(['eva-clip', 'qwen2.5', 'emu3.5', 'sber-movqgan'])('accepts %s', (slug) => {
		expect(slugSchema.safeParse(slug).success).toBe(true);
	});
	test.each(['EVA-CLIP', 'eva clip', '-eva', 'eva_clip', 'é'])('rejects %s', (slug) => {
		expect(slugSchema.safeParse(slug).success).toBe(false);
	});
});

describe('component uses', () => {
	test('keep words out of the language-neutral spec by requiring a translated note', () => {
		const result = modelSchema.safeParse({
			...facts(),
			components: [{ tag: 'eva-clip', role: 'understanding-encoder', note: 'trained' }],
		});
		expect(result.error?.issues[0]?.path).toEqual(['components', 0, 'note']);
	});
	test('accept a spec and a note in every language', () => {
		const use = {
			tag: 'eva-clip',
			role: 'understanding-encoder',
			spec: 'ViT-g/14',
			note: { en: 'trained', 'zh-CN': '参与训练' },
		};
		expect(modelSchema.safeParse({ ...facts(), components: [use] }).success).toBe(true);
	});
});

describe('components', () => {
	test('take a name in every language or one plain name', () => {
		const description = { en: 'A technique.', 'zh-CN': '一种技术。' };
		expect(
			componentSchema.safeParse({
				name: { en: 'Rectified flow', 'zh-CN': '整流' },
				kind: 'technique',
				description,
			}).success,
		).toBe(true);
		const partial = componentSchema.safeParse({
			name: { en: 'Rectified flow' },
			kind: 'technique',
			description,
		});
		expect(partial.error?.issues[0]?.path).toEqual(['name', 'zh-CN']);
	});
	test('need a description in both languages', () => {
		const result = componentSchema.safeParse({
			name: 'X',
			kind: 'encoder',
			description: { en: 'An encoder.' },
		});
		expect(result.error?.issues[0]?.path).toEqual(['description', 'zh-CN']);
	});
});

describe('UI strings', () => {
	test('the Chinese dictionary has every key the English one defines', () => {
		expect(uiStringsSchema.safeParse(chinese).success).toBe(true);
	});
	test('a missing Chinese string is an error, not a silent English fallback', () => {
		const { ['tags.usedBy']: _removed, ...incomplete } = chinese;
		const result = uiStringsSchema.safeParse(incomplete);
		expect(result.error?.issues[0]?.path).toEqual(['tags.usedBy']);
	});
});
