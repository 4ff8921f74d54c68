import { ApiError } from '../api/errors';

/**
 * The code of a refusal, e.g. `RULE_R28_SAME_PERSON`: finance's refusals carry it as `error`
 * (through the gateway's RPC client), others as `code`.
 */
export function refusalCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const body = error.body as { code?: unknown; error?: unknown };
  const code = body.code ?? body.error;
  return typeof code === 'string' ? code : undefined;
}

/** What the API said: its violations' messages (in the UI language), or its message. */
export function refusalDetails(error: Error): string[] {
  const violations = error instanceof ApiError ? error.violations : [];
  return violations.length > 0 ? violations.map((v) => v.message) : [error.message];
}
