import type { MatrixCase, MatrixUser } from './access-matrix.procurement';

const EVERYONE: readonly MatrixUser[] = [
  'applicant',
  'incubator',
  'reviewer',
  'officer',
  'maker',
  'checker',
  'street',
  'admin',
];

/** One key for every role: each keeps its own draft of it (form_draft is per user). */
const KEY = 'admission:00000000-0000-4000-8000-000000000018';

/**
 * Autosaved form drafts in the access matrix (issue #18): everyone signed in saves, reads and
 * discards their own; the store is keyed by the caller, so there is no one else's to reach (the
 * e2e spec form-drafts.e2e.int-spec.ts shows another user's draft stays unseen).
 */
export function draftCases(): MatrixCase[] {
  return [
    {
      route: 'PUT /api/v1/me/drafts/{formKey}',
      path: () => `/v1/me/drafts/${KEY}`,
      body: () => ({ values: { plan: '矩阵测试草稿' } }),
      allowed: EVERYONE,
      why: 'each saves their own draft (issue #18)',
    },
    {
      route: 'GET /api/v1/me/drafts/{formKey}',
      path: () => `/v1/me/drafts/${KEY}`,
      allowed: EVERYONE,
      why: 'each restores their own draft (issue #18)',
    },
    {
      route: 'DELETE /api/v1/me/drafts/{formKey}',
      path: () => `/v1/me/drafts/${KEY}`,
      allowed: EVERYONE,
      why: 'each discards their own draft (issue #18)',
    },
  ];
}
