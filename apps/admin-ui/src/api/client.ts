import createClient from 'openapi-fetch';
import { sessionStore } from '../auth/session';
import { currentLanguage } from '../i18n/i18n';
import type { paths } from './schema';

const AUTH_PATHS = /\/api\/v1\/auth\/(login|refresh)$/;

/** Without the wrapper below: used for the refresh call itself. */
const bare = createClient<paths>({ baseUrl: '' });

/** The readable cookie whose value a refresh must echo in X-CSRF-Token (double-submit). */
const CSRF_COOKIE = 'civic_csrf';

/**
 * The typed API client. Every request carries the access token (kept in memory only) and the UI
 * language (Accept-Language, so error messages come back in it). A POST carries an
 * Idempotency-Key, the same on its retry, so the gateway carries it out once. A 401 buys one new
 * access token through the HttpOnly refresh cookie and retries once; when that fails too, the
 * session ends (back to the login page).
 */
export const api = createClient<paths>({ baseUrl: '', fetch: authorizedFetch });

async function authorizedFetch(request: Request): Promise<Response> {
  const used = sessionStore.get()?.accessToken;
  if (request.method === 'POST' && !request.headers.has('Idempotency-Key')) {
    request.headers.set('Idempotency-Key', randomKey());
  }
  const retry = request.clone();
  const response = await fetch(withHeaders(request, used));
  if (response.status !== 401 || AUTH_PATHS.test(new URL(request.url).pathname) || !used) {
    return response;
  }
  const token = await freshAccessToken(used);
  if (!token) {
    sessionStore.clear('expired');
    return response;
  }
  return fetch(withHeaders(retry, token));
}

/**
 * A random key (UUID v4 form). crypto.randomUUID needs a secure context, which a UI served over
 * plain HTTP on a LAN address is not; getRandomValues works anywhere.
 */
function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function withHeaders(request: Request, accessToken: string | undefined): Request {
  request.headers.set('Accept-Language', currentLanguage());
  if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
  return request;
}

let pending: Promise<string | null> | null = null;

/** One refresh at a time; requests that failed with an already replaced token just retry. */
function freshAccessToken(used: string): Promise<string | null> {
  const now = sessionStore.get()?.accessToken;
  if (now && now !== used) return Promise.resolve(now);
  pending ??= refresh().finally(() => (pending = null));
  return pending;
}

/**
 * On page load: the access token was only in memory, so a reload buys a new one with the refresh
 * cookie, and the user stays signed in. Without the CSRF cookie there is no session to restore.
 */
export async function restoreSession(): Promise<void> {
  try {
    if (!sessionStore.get()) {
      pending ??= refresh().finally(() => (pending = null));
      await pending;
    }
  } finally {
    sessionStore.restored();
  }
}

/** The refresh cookie goes by itself (same origin); its CSRF token is echoed in a header. */
async function refresh(): Promise<string | null> {
  const csrf = readCookie(CSRF_COOKIE);
  if (!csrf) return null;
  const { data } = await bare
    .POST('/api/v1/auth/refresh', {
      params: { header: { 'x-csrf-token': csrf } },
      headers: { 'Accept-Language': currentLanguage() },
    })
    .catch(() => ({ data: undefined }));
  if (!data) return null;
  sessionStore.start(data);
  return data.accessToken;
}

function readCookie(name: string): string | undefined {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return entry ? decodeURIComponent(entry.slice(name.length + 1)) : undefined;
}
