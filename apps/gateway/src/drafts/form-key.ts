import type { FieldViolation } from '@civic/contracts';

/**
 * The forms whose half-filled state a user may keep (issue #18), each named by what it is for:
 * the lottery application page by the organization it is written for, an admission by its
 * cohort, a venture proposal by its call (a new one) or by its saved draft.
 */
export const FORM_DRAFT_KINDS = ['lottery-application', 'admission', 'venture-proposal'] as const;
export type FormDraftKind = (typeof FORM_DRAFT_KINDS)[number];

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `<kind>:<uuid>`, the uuid in lower case, e.g. `admission:6f1c2b0e-…`. */
export const FORM_KEY_PATTERN = new RegExp(`^(${FORM_DRAFT_KINDS.join('|')}):${UUID}$`);

/** The largest draft kept: its values as JSON, in UTF-8 bytes. */
export const MAX_DRAFT_BYTES = 64 * 1024;
/** How many drafts one user may keep at once (every cohort is a key of its own). */
export const MAX_DRAFTS_PER_USER = 50;
/** A draft not saved for this long is dropped: the call or cohort it was for has long closed. */
export const DRAFT_KEEP_DAYS = 30;

/** Why a form key is refused, naming the field and the rule; undefined when it is well formed. */
export function formKeyViolation(formKey: string): FieldViolation | undefined {
  if (FORM_KEY_PATTERN.test(formKey)) return undefined;
  return {
    field: 'formKey',
    rule: 'formKey',
    message: `formKey must be <form>:<uuid in lower case>, the form one of ${FORM_DRAFT_KINDS.join(', ')}`,
    messageZh: `formKey 须为“表单:UUID（小写）”，表单为 ${FORM_DRAFT_KINDS.join('、')} 之一`,
  };
}

/** The size of a draft's values as the store keeps them: JSON, in UTF-8 bytes. */
export function draftBytes(values: unknown): number {
  return Buffer.byteLength(JSON.stringify(values), 'utf8');
}

/** Why a draft is refused for its size; undefined when it fits. */
export function draftSizeViolation(bytes: number): FieldViolation | undefined {
  if (bytes <= MAX_DRAFT_BYTES) return undefined;
  const kib = MAX_DRAFT_BYTES / 1024;
  return {
    field: 'values',
    rule: 'maxBytes',
    message: `values must be at most ${kib} KiB as JSON (this draft is ${Math.ceil(bytes / 1024)} KiB)`,
    messageZh: `草稿内容不得超过 ${kib} KiB（本草稿 ${Math.ceil(bytes / 1024)} KiB）`,
  };
}
