// What the government purchase seed modules share: a client that signs in as a demo user and
// calls the API, every POST with an Idempotency-Key derived from the request (the same request
// again is carried out once, a different one gets its own key), refusals as errors carrying the
// status and code, and waiting for what reaches procurement as an event.
import { createHash } from 'node:crypto';
import { demoToken } from './demo-sign-in.mjs';
import { call } from './seed.mjs';

/** The largest page the API gives (a larger one is refused). */
export const PAGE_SIZE = 200;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** An API refusal: `status` and the service's `code` (e.g. RULE_R25_NOT_BUDGETED). */
export class ApiError extends Error {
  constructor(method, path, status, body) {
    super(`${method} ${path} answered ${status}: ${JSON.stringify(body).slice(0, 1500)}`);
    this.status = status;
    this.code = body?.code;
  }
}

/** `as(username)` answers { get, post } acting as that demo user (signed in once per run). */
export function procurementClient(apiBase) {
  const clients = new Map();
  const as = (username) => {
    if (!clients.has(username)) {
      const token = demoToken(call, apiBase, username);
      const send = async (method, path, body) => {
        const headers = { authorization: `Bearer ${await token}` };
        if (method === 'POST') {
          headers['content-type'] = 'application/json';
          headers['idempotency-key'] = idempotencyKey(username, path, body);
        }
        const response = await fetch(`${apiBase}${path}`, {
          method,
          headers,
          body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text();
        let data = text;
        try {
          data = text ? JSON.parse(text) : null;
        } catch {
          // not JSON: keep the text
        }
        if (!response.ok) throw new ApiError(method, path, response.status, data);
        return data;
      };
      clients.set(username, {
        get: (path) => send('GET', path),
        post: (path, body) => send('POST', path, body),
      });
    }
    return clients.get(username);
  };
  return { as };
}

/** The same request by the same user gets the same key: a retried request is carried out once. */
function idempotencyKey(username, path, body) {
  const digest = createHash('sha256')
    .update(JSON.stringify([username, path, body ?? {}]))
    .digest('hex');
  return `seed-procurement-${digest.slice(0, 40)}`;
}

/** Every item of a paged list. */
export async function allItems(client, path) {
  const items = [];
  const joiner = path.includes('?') ? '&' : '?';
  for (let page = 1; ; page++) {
    const list = await client.get(`${path}${joiner}page=${page}&pageSize=${PAGE_SIZE}`);
    items.push(...list.items);
    if (list.items.length === 0 || items.length >= list.total) return items;
  }
}

/**
 * `attempt()` again while it is refused with one of `codes`: what it needs (an organization, a
 * budget) reaches procurement as an event from another service. About a minute at most.
 */
export async function whenKnown(what, codes, attempt) {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!codes.includes(error.code) || tries >= 120) {
        throw new Error(`${what}: ${error.message}`);
      }
      await sleep(500);
    }
  }
}

/** Today's date in China (UTC+8), `YYYY-MM-DD`. */
export function beijingToday(now = new Date()) {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
