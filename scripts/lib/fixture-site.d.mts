export declare const projectRoot: string;
export declare function createFixtureSite(
	contentDir: string,
	mutate?: (content: string) => void,
): string;
export declare function buildSite(
	root: string,
	env?: Record<string, string>,
): { status: number; output: string };
export declare function removeSite(root: string): void;
