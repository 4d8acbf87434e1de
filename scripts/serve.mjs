#!/usr/bin/env node
/**
 * A small static server for the built site: serves dist/ under the configured base path, answers
 * unknown paths with the site's 404 page (status 404), and sets content types Pagefind and KaTeX
 * fonts need, and the headers of dist/_headers (the Content-Security-Policy). Used by `npm run preview` (`npm start`) and by the browser tests.
 *
 * Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1]
 * The base path is read from BASE_PATH (as for the build).
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.bib': 'application/x-bibtex; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|x-bibtex)|image\/svg)/;

/** Normalizes a base path to "/" or "/x/". */
export function normalizeBase(raw = '/') {
	const inner = raw.replace(/^\/+|\/+$/g, '');
	return inner ? `/${inner}/` : '/';
}

/**
 * Starts the server. Resolves to { url, close } where url ends with the base path.
 * @param {{ dir: string, base?: string, port?: number, host?: string, headers?: Record<string,string> }} options
 */
/** Headers for every path from a Netlify-style `_headers` file (only its `/*` block). */
export function readHeadersFile(dir) {
	const file = join(dir, '_headers');
	if (!existsSync(file)) return {};
	const out = {};
	let inAll = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) {
			inAll = line.trim() === '/*';
			continue;
		}
		const m = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
		if (inAll && m) out[m[1]] = m[2];
	}
	return out;
}

export function startServer({ dir, base = '/', port = 0, host = '127.0.0.1', headers = {} }) {
	const root = resolve(dir);
	headers = { ...readHeadersFile(root), ...headers };
	const b = normalizeBase(base);
	// Text is sent gzip-compressed when the client accepts it, as any production host does, so that
	// what the browser tests and Lighthouse see over the wire is what readers will download.
	const send = (res, status, file, acceptEncoding = '') => {
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(acceptEncoding);
		res.writeHead(status, {
			'Content-Type': type,
			'Cache-Control': 'no-cache',
			Vary: 'Accept-Encoding',
			...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
			...headers,
		});
		const body = createReadStream(file);
		if (gzip) body.pipe(createGzip()).pipe(res);
		else body.pipe(res);
	};
	const notFoundPage = (res, acceptEncoding) => {
		const page = join(root, '404.html');
		if (existsSync(page)) return send(res, 404, page, acceptEncoding);
		res.writeHead(404, { 'Content-Type': 'text/plain' });
		res.end('Not found');
	};
	const server = createServer((req, res) => {
		const enc = String(req.headers['accept-encoding'] ?? '');
		const notFound = (r) => notFoundPage(r, enc);
		let path;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			return notFound(res);
		}
		if (path === b.slice(0, -1)) {
			res.writeHead(301, { Location: b });
			return res.end();
		}
		if (!path.startsWith(b)) return notFound(res);
		let file = normalize(join(root, path.slice(b.length)));
		if (!file.startsWith(root)) return notFound(res);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { Location: `${path}/` });
				return res.end();
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);
		send(res, 200, file, enc);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const addr = server.address();
			const url = `http://${host}:${typeof addr === 'object' && addr ? addr.port : port}${b}`;
			resolvePromise({
				url,
				close: () => new Promise((r) => server.close(() => r(undefined))),
			});
		});
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const opt = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
	};
	const dir = opt('dir', 'dist');
	if (!existsSync(join(dir, 'index.html'))) {
		console.error(`No built site in ${dir}/. Run \`npm run build\` first (or \`npm start\`).`);
		process.exit(1);
	}
	const { url } = await startServer({
		dir,
		base: process.env.BASE_PATH ?? '/',
		port: Number(opt('port', process.env.PORT ?? 4321)),
		host: opt('host', '127.0.0.1'),
	});
	console.log(`Serving ${dir}/ at ${url}  (Ctrl+C to stop)`);
}
