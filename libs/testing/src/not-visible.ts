import { randomUUID } from 'node:crypto';

/** An HTTP answer as the client reads it: the status and the body's exact text. */
export interface RawAnswer {
  status: number;
  text: string;
}

/** Calls the API and keeps the body's bytes (as text), not a parsed copy of it. */
export async function rawHttp(
  method: string,
  url: string,
  body?: unknown,
  options: { token?: string; language?: string } = {},
): Promise<RawAnswer> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.language) headers['accept-language'] = options.language;
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/**
 * The same request about a record the caller may not see and about an id that does not exist
 * (issue #15: they must answer alike, so ids cannot be probed). Each answer has its own id replaced
 * by `:id`, so a test compares them byte for byte with `toEqual`.
 */
export async function seenAndUnknown(
  id: string,
  call: (id: string) => Promise<RawAnswer>,
): Promise<{ seen: RawAnswer; unknown: RawAnswer }> {
  const unknownId = randomUUID();
  const seen = await call(id);
  const unknown = await call(unknownId);
  return {
    seen: { status: seen.status, text: seen.text.replaceAll(id, ':id') },
    unknown: { status: unknown.status, text: unknown.text.replaceAll(unknownId, ':id') },
  };
}
