import { checkPolicyDecision, policyChange } from './policy-change';

describe('issue #17 (rule R28 applied to policy): a change goes through four eyes', () => {
  it('a second administrator approves or rejects a proposed change', () => {
    expect(
      checkPolicyDecision({ status: 'PROPOSED', event: 'APPROVE', proposedBy: 'a', actor: 'b' }),
    ).toEqual({ ok: true, next: 'APPROVED' });
    expect(
      checkPolicyDecision({ status: 'PROPOSED', event: 'REJECT', proposedBy: 'a', actor: 'b' }),
    ).toEqual({ ok: true, next: 'REJECTED' });
  });

  it.each(['APPROVE', 'REJECT'] as const)('the proposer cannot %s their own change', (event) => {
    expect(
      checkPolicyDecision({ status: 'PROPOSED', event, proposedBy: 'a', actor: 'a' }),
    ).toMatchObject({
      ok: false,
      code: 'RULE_R28_SAME_PERSON',
      messageZh: expect.stringContaining('另一名管理员'),
    });
  });

  it('only the proposer withdraws, while the change waits', () => {
    expect(
      checkPolicyDecision({ status: 'PROPOSED', event: 'WITHDRAW', proposedBy: 'a', actor: 'a' }),
    ).toEqual({ ok: true, next: 'WITHDRAWN' });
    expect(
      checkPolicyDecision({ status: 'PROPOSED', event: 'WITHDRAW', proposedBy: 'a', actor: 'b' }),
    ).toMatchObject({ ok: false, code: 'RULE_R28_NOT_PROPOSER' });
  });

  it.each(['APPROVED', 'REJECTED', 'WITHDRAWN'] as const)(
    'a %s change moves no more: an approved version is never edited, a change is a new version',
    (status) => {
      expect(policyChange.isFinal(status)).toBe(true);
      for (const event of ['APPROVE', 'REJECT', 'WITHDRAW'] as const) {
        expect(checkPolicyDecision({ status, event, proposedBy: 'a', actor: 'b' })).toMatchObject({
          ok: false,
          code: 'STATE_TRANSITION_REFUSED',
        });
      }
    },
  );
});
