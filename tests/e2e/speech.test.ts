import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, useSite } from './site';

const site = useSite();
const models = (
	JSON.parse(readFileSync(path.join(distDir, 'data/models.json'), 'utf8')) as {
		models: {
			slug: string;
			modalities: { input: string[]; output: string[] };
			speech?: { output?: string; fullDuplex?: boolean };
			release: { weights: string; checked: string };
		}[];
	}
).models;

describe('models that hear and speak', () => {
	test('at least 30 models take audio in or give audio out, and their speech facts are exported', () => {
		const audio = models.filter(
			(m) => m.modalities.input.includes('audio') || m.modalities.output.includes('audio'),
		);
		expect(audio.length).toBeGreaterThanOrEqual(30);
		expect(models.find((m) => m.slug === 'moshi')?.speech).toMatchObject({
			output: 'discrete-tokens',
			fullDuplex: true,
		});
		expect(models.find((m) => m.slug === 'qwen2.5-omni')?.speech?.output).toBe('thinker-talker');
	});

	test('the compare table filters to the models that speak, and to the full-duplex ones', async () => {
		const page = await site.open('/zh-cn/compare/');
		const visible = () =>
			page
				.locator('tbody tr:not([hidden])')
				.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['slug']));
		await page.locator('select[name="audio"]').selectOption('speaks');
		const speaking = await visible();
		expect(speaking.sort()).toEqual(
			models
				.filter((m) => m.speech?.output)
				.map((m) => m.slug)
				.sort(),
		);
		await page.locator('select[name="audio"]').selectOption('full-duplex');
		const duplex = await visible();
		expect(duplex).toContain('moshi');
		expect(duplex).not.toContain('qwen2.5-omni');
		expect(new URL(page.url()).search).toBe('?audio=full-duplex');
		await page.locator('select[name="release"]').selectOption('open-weights');
		expect(await visible()).toEqual(
			duplex.filter((slug) => models.find((m) => m.slug === slug)?.release.weights === 'open'),
		);
	});

	test('a model page shows how it speaks, what is released and when its facts were checked', async () => {
		const page = await site.open('/zh-cn/models/moshi/');
		const facts = page.locator('.model-facts');
		await expect(facts.textContent()).resolves.toMatch(/全双工/);
		await expect(facts.textContent()).resolves.toMatch(/发布情况核对于 \d{4}年\d{1,2}月/);
		await expect(facts.locator('time').last().getAttribute('datetime')).resolves.toMatch(
			/^\d{4}-\d{2}-\d{2}$/,
		);
		const speech = page.locator('figure.pipeline g.node[data-kind="decoder"]');
		await expect(speech.count()).resolves.toBeGreaterThan(0);
	});

	test('the overview lists each speaking model under its route, in the page language', async () => {
		const page = await site.open('/zh-cn/overview/');
		await expect(
			page.locator('ul.route-models a[href="/zh-cn/models/moshi/"]').count(),
		).resolves.toBe(1);
		await expect(
			page.locator('ul.route-models a[href="/zh-cn/models/qwen2.5-omni/"]').count(),
		).resolves.toBe(1);
	});
});

describe('navigation at this size', () => {
	test('the sidebar groups models by paradigm, with only the current page’s group open', async () => {
		const page = await site.open('/zh-cn/models/moshi/');
		const groups = page.locator(
			'#starlight__sidebar details details:has(a[href^="/zh-cn/models/"])',
		);
		const open = await groups.evaluateAll((nodes) =>
			nodes
				.filter((node) => (node as HTMLDetailsElement).open)
				.map((node) => node.querySelector('summary')?.textContent?.trim()),
		);
		expect(await groups.count()).toBeGreaterThan(4);
		expect(open).toHaveLength(1);
		expect(open[0]).toContain('全模态');
		await expect(
			page.locator('#starlight__sidebar a[aria-current="page"]').getAttribute('href'),
		).resolves.toBe('/zh-cn/models/moshi/');
	});

	test('the home page shows the field by paradigm, with counts that lead to the filtered table', async () => {
		const page = await site.open('/zh-cn/');
		const links = page.locator('.field-at-a-glance a[href^="/zh-cn/compare/?paradigm="]');
		const counted = await links.evaluateAll((anchors) =>
			anchors.map((a) => ({
				href: a.getAttribute('href') ?? '',
				count: Number(/\d+/.exec(a.nextElementSibling?.textContent ?? '')?.[0]),
			})),
		);
		expect(counted.reduce((sum, entry) => sum + entry.count, 0)).toBe(models.length);
		const speech = counted.find((entry) => entry.href.endsWith('paradigm=speech'))!;
		await page.goto(`${site.url}${speech.href}`);
		await expect.poll(() => page.locator('tbody tr:not([hidden])').count()).toBe(speech.count);
		await expect(page.locator('select[name="paradigm"]').inputValue()).resolves.toBe('speech');
	});
});
