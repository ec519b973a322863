import { describe, expect, test } from 'vitest';
import { langOf, localeOfLang, localizedPath, splitLocale } from '../../src/lib/locale';

describe('splitLocale', () => {
	test('separates the Chinese prefix from the shared slug', () => {
		expect(splitLocale('zh-cn/models/emu')).toEqual({ locale: 'zh-cn', slug: 'models/emu' });
	});
	test('treats unprefixed ids as English', () => {
		expect(splitLocale('models/emu')).toEqual({ locale: 'root', slug: 'models/emu' });
	});
	test('maps both home pages to the same empty slug', () => {
		expect(splitLocale('index').slug).toBe('');
		expect(splitLocale('zh-cn')).toEqual({ locale: 'zh-cn', slug: '' });
	});
	test('does not mistake a slug that starts like a locale for a prefix', () => {
		expect(splitLocale('zh-cnx/page')).toEqual({ locale: 'root', slug: 'zh-cnx/page' });
	});
});

describe('localizedPath', () => {
	test('builds the same tree under the locale prefix', () => {
		expect(localizedPath('models/emu3', 'root')).toBe('/models/emu3/');
		expect(localizedPath('models/emu3', 'zh-cn')).toBe('/zh-cn/models/emu3/');
	});
	test('gives each home page', () => {
		expect(localizedPath('', 'root')).toBe('/');
		expect(localizedPath('', 'zh-cn')).toBe('/zh-cn/');
	});
	test('ignores stray slashes', () => {
		expect(localizedPath('/tags/vqgan/', 'zh-cn')).toBe('/zh-cn/tags/vqgan/');
	});
});

describe('languages', () => {
	test('round-trips between locale and language', () => {
		expect(langOf('zh-cn')).toBe('zh-CN');
		expect(localeOfLang('zh-CN')).toBe('zh-cn');
		expect(localeOfLang('en')).toBe('root');
		expect(localeOfLang('fr')).toBe('root');
	});
});

describe('links under a base path', () => {
	test('every generated link gets the base once, other URLs stay as they are', async () => {
		const { withBase } = await import('../../src/lib/base-path');
		const { localizedPath, routePath } = await import('../../src/lib/locale');
		expect(withBase('/models/emu/', '/atlas/')).toBe('/atlas/models/emu/');
		expect(withBase('/atlas/models/emu/', '/atlas')).toBe('/atlas/models/emu/');
		expect(withBase('/models/emu/', '/')).toBe('/models/emu/');
		expect(withBase('https://arxiv.org/abs/1', '/atlas/')).toBe('https://arxiv.org/abs/1');
		expect(withBase('#top', '/atlas/')).toBe('#top');
		expect(localizedPath('models/emu', 'zh-cn', '/atlas/')).toBe('/atlas/zh-cn/models/emu/');
		expect(routePath('models/emu', 'zh-cn')).toBe('/zh-cn/models/emu/');
	});
});
