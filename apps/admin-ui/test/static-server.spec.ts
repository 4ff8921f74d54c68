import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './harness/paths';

/**
 * The admin UI's static server (scripts/static-server.mjs, issue #19) in a process of its own,
 * over a small build and a stand-in gateway; and nginx.conf, which docker-compose serves the same
 * build with, against the same security headers (csp.mjs).
 */
const SERVER = join(ROOT, 'apps/admin-ui/scripts/static-server.mjs');
const BIG_SCRIPT = `console.log(${JSON.stringify('界'.repeat(4000))});`;

let dir: string;
let ui: ChildProcess;
let base: string;
let gateway: Server;
let seen: { url?: string; headers: IncomingHttpHeaders; body: string }[] = [];

const policyHeaders = (): Record<string, string> =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { securityHeaders } from ${JSON.stringify(join(ROOT, 'apps/admin-ui/csp.mjs'))};` +
          'console.log(JSON.stringify(securityHeaders()));',
      ],
      { encoding: 'utf8' },
    ),
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ui-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>civic</title>');
  writeFileSync(join(dir, 'assets/index-abc123.js'), BIG_SCRIPT);
  gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ url: req.url, headers: req.headers, body });
      res.writeHead(201, { 'content-type': 'application/json', 'set-cookie': 'a=b; HttpOnly' });
      res.end(JSON.stringify({ echoed: body }));
    });
  });
  gateway.listen(0, '127.0.0.1');
  await once(gateway, 'listening');
  const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  ui = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { createStaticServer } from ${JSON.stringify(SERVER)};` +
        `const s = createStaticServer(${JSON.stringify({ dir, gatewayUrl })});` +
        `s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [chunk] = (await once(ui.stdout!, 'data')) as [Buffer];
  base = `http://127.0.0.1:${chunk.toString().trim()}`;
});

afterAll(async () => {
  ui.kill();
  gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  seen = [];
});

describe('the admin UI static server (issue #19)', () => {
  it('answers a route of the single-page app with index.html, uncached, with the UI policy', async () => {
    const res = await fetch(`${base}/venture/calls/42?tab=awards`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>civic</title>');
    for (const [name, value] of Object.entries(policyHeaders())) {
      expect(res.headers.get(name)).toBe(value);
    }
  });

  it('serves hashed assets cached for a year, gzipped when asked, whole otherwise', async () => {
    const plain = await fetch(`${base}/assets/index-abc123.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(BIG_SCRIPT);
    // fetch would unzip silently: read the bytes as sent.
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      get(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () =>
          resolve({ encoding: r.headers['content-encoding'], body: Buffer.concat(chunks) }),
        );
      }).on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(raw.body.length).toBeLessThan(Buffer.byteLength(BIG_SCRIPT));
    expect(gunzipSync(raw.body).toString()).toBe(BIG_SCRIPT);
  });

  it('answers 404 for a missing file and for a path outside the build, and 405 for a POST', async () => {
    expect((await fetch(`${base}/assets/missing-1.js`)).status).toBe(404);
    // Sent as it is (fetch would normalise it): slashes encoded so that only decoding climbs out.
    const outside = await new Promise<number | undefined>((resolve, reject) => {
      get(`${base}/..%2f..%2f..%2fetc%2fpasswd`, (r) => {
        r.resume();
        resolve(r.statusCode);
      }).on('error', reject);
    });
    expect(outside).toBe(404);
    expect((await fetch(`${base}/index.html`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 400 to a malformed URL and keeps serving', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(`${base}/%E0%A4%A`, (r) => {
        r.resume();
        resolve(r.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(400);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('streams /api to the gateway with the body, the answer and the browser as X-Forwarded-For', async () => {
    const res = await fetch(`${base}/api/v1/things?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify({ name: '邻里守望' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toBe('a=b; HttpOnly');
    expect(await res.json()).toEqual({ echoed: JSON.stringify({ name: '邻里守望' }) });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe('/api/v1/things?x=1');
    // The edge: a client's own X-Forwarded-For is not passed on (it could dodge rate limits).
    expect(seen[0].headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('answers 502 naming the gateway when it is down', async () => {
    const port = (gateway.address() as AddressInfo).port;
    gateway.close();
    await once(gateway, 'close');
    const res = await fetch(`${base}/api/v1/anything`);
    expect(res.status).toBe(502);
    expect((await res.json()).message).toContain('gateway unreachable');
    gateway = createServer();
    gateway.listen(port, '127.0.0.1');
    await once(gateway, 'listening');
  });
});

describe('nginx.conf (docker-compose)', () => {
  const conf = readFileSync(join(ROOT, 'apps/admin-ui/nginx.conf'), 'utf8');
  const locations = [...conf.matchAll(/location (\S+) \{([^}]*)\}/g)].map(([, path, body]) => ({
    path,
    body,
  }));

  it('sends the UI security headers of csp.mjs from every location that serves files', () => {
    const served = locations.filter((l) => l.path !== '/api/');
    expect(served.map((l) => l.path).sort()).toEqual(['/', '/assets/']);
    for (const { body } of served) {
      for (const [name, value] of Object.entries(policyHeaders())) {
        expect(body).toContain(`add_header ${name} "${value}" always;`);
      }
    }
  });

  it('proxies /api to the gateway with X-Forwarded-For, and falls back to index.html for routes', () => {
    const api = locations.find((l) => l.path === '/api/')!;
    expect(api.body).toContain('set $gateway http://gateway:3000;');
    expect(api.body).toContain('proxy_pass $gateway;');
    // The edge, like the static server: the browser's address, not what a client claims.
    expect(api.body).toContain('X-Forwarded-For $remote_addr');
    expect(locations.find((l) => l.path === '/')!.body).toContain(
      'try_files $uri $uri/ /index.html;',
    );
  });
});
