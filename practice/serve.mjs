#!/usr/bin/env node
// Tiny dependency-free static server for the built practice page (practice/dist).
//   node practice/serve.mjs [port]        -> serves on http://127.0.0.1:<port>/ (default 5317)
//   import { startPracticeServer } from './practice/serve.mjs'
//   const { url, close } = await startPracticeServer(0);   // 0 = any free port
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DIST_DIR = fileURLToPath(new URL('./dist/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Map a request path to a file inside root, or null if it would escape root. */
function resolvePath(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(root, '.' + normalize('/' + path));
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  return file.startsWith(rootWithSep) ? file : null;
}

async function handle(root, req, res) {
  const send = (status, body, type = 'text/plain; charset=utf-8') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');
  let file = resolvePath(root, req.url ?? '/');
  if (!file) return send(403, 'Forbidden\n');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    send(200, body, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  } catch {
    const hint = req.url === '/' ? ' (build it first: npx vite build --config practice/vite.config.ts)' : '';
    send(404, `Not found${hint}\n`);
  }
}

/**
 * Serve practice/dist on 127.0.0.1.
 * @param {number} [port=0] 0 picks a free port.
 * @param {{ root?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export function startPracticeServer(port = 0, options = {}) {
  const root = resolve(options.root ?? DIST_DIR);
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}/`,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections?.();
          }),
      });
    });
  });
}

const isCli = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isCli) {
  const arg = process.argv[2];
  const port = arg === undefined ? 5317 : Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Usage: node practice/serve.mjs [port]   (got "${arg}")`);
    process.exit(2);
  }
  try {
    await stat(join(DIST_DIR, 'index.html'));
  } catch {
    console.error('practice/dist/index.html is missing: run  npx vite build --config practice/vite.config.ts');
  }
  const { url } = await startPracticeServer(port);
  console.log(`Practice page: ${url}  (Ctrl+C to stop)`);
}
