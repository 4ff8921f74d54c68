import { createHash } from 'node:crypto';

/**
 * The admin UI's own Content-Security-Policy (issue #15, OWASP ASVS 14.4), sent by the static
 * server (scripts/static-server.mjs: `npm start` and the browser tests), by nginx in
 * docker-compose (nginx.conf, checked against this file by a test) and by `vite` (development).
 * Plain JavaScript so that Node runs it as it is. The API under /api answers with the gateway's
 * stricter policy of its own (apps/gateway/src/http/security-headers.ts).
 * @type {Record<string, string[]>}
 */
const DIRECTIVES = {
  // Anything not named below: only from the UI's own origin.
  'default-src': ["'self'"],
  // The bundle's own files only: no inline script, no eval, no other host. An injected
  // `<script>` or `onclick=` does not run, so an XSS cannot read the access token.
  'script-src': ["'self'"],
  // Ant Design's CSS-in-JS writes `<style>` elements at run time. A nonce would need a fresh
  // value per answer, which a static server cannot give; styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  // antd's icons and empty-state pictures are data: URIs.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  // The API is /api on this origin (proxied to the gateway); nothing else is called.
  'connect-src': ["'self'"],
  // No plugins.
  'object-src': ["'none'"],
  // A `<base>` tag cannot point relative URLs (scripts included) elsewhere.
  'base-uri': ["'self'"],
  // Forms post only to this origin (they post nothing today: the API is called by fetch).
  'form-action': ["'self'"],
  // No page may frame the UI (clickjacking); X-Frame-Options says it to older browsers.
  'frame-ancestors': ["'none'"],
};

/**
 * The policy as a header value; `scriptHashes` add inline scripts allowed by hash (dev only).
 * @param {readonly string[]} [scriptHashes]
 * @returns {string}
 */
export function contentSecurityPolicy(scriptHashes = []) {
  const directives = {
    ...DIRECTIVES,
    'script-src': [...DIRECTIVES['script-src'], ...scriptHashes],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * `'sha256-…'` of an inline script's text, to allow that one script and no other.
 * @param {string} text
 * @returns {string}
 */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Every answer of the UI's own pages and files.
 * @param {readonly string[]} [scriptHashes]
 * @returns {Record<string, string>}
 */
export function securityHeaders(scriptHashes = []) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    // Files are what their Content-Type says: a JSON answer is never run as a script.
    'X-Content-Type-Options': 'nosniff',
    // frame-ancestors for browsers without CSP level 2.
    'X-Frame-Options': 'DENY',
    // No URL (ids in paths, search words) leaks to other sites through the Referer header.
    'Referrer-Policy': 'no-referrer',
  };
}
