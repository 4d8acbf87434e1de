import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules, fast) and `browser` (builds the site twice — at the root and
 * under a base path — serves it on loopback and drives Debian's Chromium through playwright-core).
 */
export default defineConfig({
	test: {
		// Browser test files each drive a Chromium; on two cores they run one at a time.
		fileParallelism: false,
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
