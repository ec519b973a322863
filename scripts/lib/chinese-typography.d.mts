export declare function chineseStrings(value: unknown): string[];
export declare function lintChinese(
	text: string,
	kind: 'markdown' | 'text',
): { line: number; old: string; new: string }[];
export declare function fixChinesePage(raw: string): string;
