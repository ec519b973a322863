import { defineConfig } from 'vitest/config';

// Three levels, as in Starlight: pure helpers, fixture sites built for real, and the built
// site driven in Chromium. `npm test` runs all three after building the site.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// Each test builds a whole site; two at once fill this machine's two cores.
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
		],
	},
});
