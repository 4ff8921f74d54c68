// The built admin UI over HTTP, with /api proxied to the gateway (issue #19): what `vite preview`
// did for `npm start` and the browser tests, in plain Node (~40 MB resident instead of ~600 MB).
// docker-compose serves the same files with nginx (../nginx.conf).
//   - files from the build, with the UI's security headers (../csp.mjs);
//   - /assets/* carry a content hash in their names: cached for a year; index.html never is;
//   - a path with no file extension is a route of the single-page app: index.html;
//   - text files gzipped when the browser accepts it (kept in memory: the build is a few MB);
//   - /api/* streamed to the gateway both ways (an upload or a download the browser abandons is
//     abandoned upstream too), with X-Forwarded-For set to the browser's address: this server
//     is the edge, so whatever X-Forwarded-For a client sends is not passed on.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { securityHeaders } from '../csp.mjs';

const gzipAsync = promisify(gzip);

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
/** Headers about one connection, never forwarded (RFC 9110 7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * @typedef {{ body: Buffer, gzipped?: Buffer, type: string }} Cached
 * @param {{ dir: string, gatewayUrl: string }} options
 * @returns {http.Server}
 */
export function createStaticServer({ dir, gatewayUrl }) {
  const root = path.resolve(dir);
  const gateway = new URL(gatewayUrl);
  const headers = securityHeaders();
  /** @type {Map<string, Promise<Cached | null>>} the build's files as read; misses not kept */
  const cache = new Map();

  /** @param {string} file */
  const load = (file) => {
    let entry = cache.get(file);
    if (!entry) {
      entry = readFile(file).then(
        async (body) => {
          const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
          const gzipped =
            COMPRESSIBLE.test(type) && body.length > 1024 ? await gzipAsync(body) : undefined;
          return { body, type, gzipped };
        },
        () => {
          cache.delete(file); // any number of made-up paths can be asked for
          return null;
        },
      );
      cache.set(file, entry);
    }
    return entry;
  };

  return http.createServer((req, res) => {
    let url;
    let pathname;
    try {
      url = new URL(req.url ?? '/', 'http://ui.invalid');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end('bad request: malformed URL');
      return;
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      proxy(req, res, gateway);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    const wanted = path.resolve(root, `.${pathname}`);
    if (wanted !== root && !wanted.startsWith(root + path.sep)) {
      res.writeHead(404, headers).end();
      return;
    }
    const isRoute = path.extname(wanted) === '';
    const file = isRoute ? path.join(root, 'index.html') : wanted;
    load(file).then((cached) => {
      if (!cached) {
        res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
        return;
      }
      const useGzip = cached.gzipped && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = useGzip ? cached.gzipped : cached.body;
      res.writeHead(200, {
        ...headers,
        'content-type': cached.type,
        'content-length': String(body?.length ?? 0),
        'cache-control': url.pathname.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        vary: 'Accept-Encoding',
        ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
}

/** Connections to the gateway kept open between requests. */
const agent = new http.Agent({ keepAlive: true });

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {URL} gateway
 */
function proxy(req, res, gateway) {
  const upstream = http.request({
    agent,
    host: gateway.hostname,
    port: gateway.port || 80,
    method: req.method,
    path: req.url,
    headers: {
      ...withoutHopByHop(req.headers),
      host: gateway.host,
      'x-forwarded-for': req.socket.remoteAddress ?? '',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': req.headers.host ?? '',
    },
  });
  upstream.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
    pipeline(answer, res, () => undefined); // a browser gone away destroys the answer too
  });
  upstream.on('error', (error) => {
    if (res.headersSent) {
      res.destroy(error);
      return;
    }
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ statusCode: 502, message: `gateway unreachable: ${error.message}` }));
  });
  // An upload cut short, or a browser that leaves before the answer ends: abandon the request.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  pipeline(req, upstream, () => undefined);
}

/**
 * @param {http.IncomingHttpHeaders} headers
 * @returns {http.OutgoingHttpHeaders}
 */
function withoutHopByHop(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}
