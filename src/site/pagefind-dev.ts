/**
 * Pagefind indexes the built site, so `astro dev` has no index of its own. This integration serves
 * the index of the last `npm run build` (dist/pagefind) under the dev server, so the search box works
 * in development too; when there is no build yet, the search UI says how to make one.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
};

export default function pagefindDev(): AstroIntegration {
	return {
		name: 'atlas:pagefind-dev',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const root = join(process.cwd(), 'dist', 'pagefind');
				server.middlewares.use((req, res, next) => {
					const url = (req.url ?? '').split('?')[0] ?? '';
					const at = url.indexOf('/pagefind/');
					if (at < 0) return next();
					const file = normalize(
						join(root, decodeURIComponent(url.slice(at + '/pagefind/'.length))),
					);
					if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile())
						return next();
					res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
					createReadStream(file).pipe(res);
				});
			},
		},
	};
}
