import createClient from 'openapi-fetch';
import { sessionStore } from '../auth/session';
import { currentLanguage } from '../i18n/i18n';
import type { paths } from './schema';

const AUTH_PATHS = /\/api\/v1\/auth\/(login|refresh)$/;

/** Without the wrapper below: used for the refresh call itself. */
const bare = createClient<paths>({ baseUrl: '' });

/**
 * The typed API client. Every request carries the access token and the UI language
 * (Accept-Language, so error messages come back in it). A 401 buys one new token pair with the
 * refresh token and retries once; when that fails too, the session ends (back to the login page).
 */
export const api = createClient<paths>({ baseUrl: '', fetch: authorizedFetch });

async function authorizedFetch(request: Request): Promise<Response> {
  const used = sessionStore.get()?.accessToken;
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

async function refresh(): Promise<string | null> {
  const refreshToken = sessionStore.get()?.refreshToken;
  if (!refreshToken) return null;
  const { data } = await bare
    .POST('/api/v1/auth/refresh', {
      body: { refreshToken },
      headers: { 'Accept-Language': currentLanguage() },
    })
    .catch(() => ({ data: undefined }));
  if (!data) return null;
  sessionStore.start(data);
  return data.accessToken;
}
