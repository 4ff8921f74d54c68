import type { components } from './schema';

/** One broken rule on one field, as the gateway reports it (`leaders.0.name`, `location.countyCode`). */
export type Violation = components['schemas']['ViolationView'];

/** The gateway's error body: 400/409/422 may name violations; 423 carries `lockedUntil`. Nest's
 * own errors may answer `message` as a list, which the generated type does not know. */
export type ErrorBody = Partial<Omit<components['schemas']['ErrorView'], 'message'>> & {
  message?: string | string[];
};

/** A non-2xx answer, with the body the gateway sent (messages already in the UI language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(messageOf(body) || `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get violations(): Violation[] {
    return this.body.violations ?? [];
  }
}

function messageOf(body: ErrorBody): string {
  return Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? '');
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call, or an ApiError carrying the status and the error body. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = typeof error === 'object' && error !== null ? (error as ErrorBody) : {};
    throw new ApiError(response.status, body);
  }
  return data as T;
}

export const isForbidden = (error: unknown) => error instanceof ApiError && error.status === 403;
export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;
