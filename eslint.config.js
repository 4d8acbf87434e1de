// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
	{ ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'reports/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: {
				console: 'readonly',
				process: 'readonly',
				document: 'readonly',
				window: 'readonly',
				location: 'readonly',
				history: 'readonly',
				localStorage: 'readonly',
				matchMedia: 'readonly',
				addEventListener: 'readonly',
				URL: 'readonly',
				URLSearchParams: 'readonly',
				performance: 'readonly',
				setTimeout: 'readonly',
				clearTimeout: 'readonly',
			},
		},
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		// The physics library imports nothing outside src/physics.
		files: ['src/physics/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [{ group: ['../*', '!./*'], message: 'src/physics imports only src/physics' }],
				},
			],
		},
	},
);
