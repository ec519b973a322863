import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * Loads UI strings from `content/i18n/<lang>.json`, one entry per BCP-47 tag.
 *
 * Starlight keys its translations by the file path relative to `src/content/i18n`; entries from
 * any other folder would be keyed `content/i18n/zh-CN` and silently ignored. This loader stores
 * each file under its language tag and no file path, so Starlight keys it by id.
 */
export function i18nFolderLoader(folder: string): Loader {
	return {
		name: 'atlas-i18n-loader',
		async load({ store, parseData, config, watcher }) {
			const directory = path.join(new URL(config.root).pathname, folder);
			const files = (await readdir(directory)).filter((file) => /^[^_].*\.json$/.test(file));
			store.clear();
			for (const file of files) {
				const filePath = path.join(folder, file);
				const id = file.replace(/\.json$/, '');
				const raw: unknown = JSON.parse(await readFile(path.join(directory, file), 'utf8'));
				const data = await parseData({ id, data: raw as Record<string, unknown>, filePath });
				store.set({ id, data });
			}
			watcher?.add(directory);
		},
	};
}
