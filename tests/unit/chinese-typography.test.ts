import { describe, expect, test } from 'vitest';
import {
	chineseStrings,
	fixChinesePage,
	lintChinese,
} from '../../scripts/lib/chinese-typography.mjs';

describe('Chinese typography lint', () => {
	test('wants a space between Chinese and Latin words, and none inside full-width quotes', () => {
		expect(lintChinese('使用ViT编码器', 'text')[0]?.new).toBe('使用 ViT 编码器');
		expect(lintChinese('BradyFU 的 “Unified” 列表', 'text')[0]?.new).toBe(
			'BradyFU 的“Unified”列表',
		);
	});
	test('accepts well-set text and a tight hyphen in a Chinese compound', () => {
		expect(lintChinese('图像经 EVA-CLIP 编码，再送入 LLaMA-13B。', 'text')).toEqual([]);
		expect(lintChinese('空间-时间', 'text')).toEqual([]);
		expect(lintChinese('## 流程图\n\n<Pipeline />\n', 'markdown')).toEqual([]);
	});
	test('reads only the Chinese strings of a data file', () => {
		expect(
			chineseStrings({
				name: 'Emu',
				caption: { en: 'An image', 'zh-CN': '图像' },
				nodes: [{ label: { 'zh-CN': '文本' } }],
			}),
		).toEqual(['图像', '文本']);
	});
	test('fixes a page in place', () => {
		expect(fixChinesePage('用ViT编码。\n')).toBe('用 ViT 编码。\n');
	});
});
