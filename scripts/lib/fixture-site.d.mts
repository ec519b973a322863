export declare const projectRoot: string;
export declare function createFixtureSite(
	contentDir: string,
	mutate?: (content: string) => void,
): string;
export declare function buildSite(root: string): { status: number; output: string };
export declare function removeSite(root: string): void;
