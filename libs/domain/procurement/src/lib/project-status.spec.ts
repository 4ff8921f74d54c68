import {
  BID_STATUSES,
  bidStatus,
  bidTransition,
  PROJECT_STATUSES,
  projectTransition,
  purchaseProjectStatus,
} from './project-status';

describe('rule R25: a purchase project moves only through its state machine', () => {
  it('runs the whole way from draft to contract', () => {
    let status = PROJECT_STATUSES[0];
    for (const event of [
      'ANNOUNCE',
      'CLOSE_BIDDING',
      'START_EVALUATION',
      'AWARD',
      'SIGN_CONTRACT',
    ] as const) {
      const check = projectTransition(status, event);
      expect(check.ok).toBe(true);
      if (check.ok) status = check.next;
    }
    expect(status).toBe('CONTRACTED');
    expect(purchaseProjectStatus.isFinal(status)).toBe(true);
  });

  it('fails when too few bids came in, after bidding closed', () => {
    expect(projectTransition('BIDDING_CLOSED', 'FAIL')).toEqual({ ok: true, next: 'FAILED' });
  });

  it('refuses an award before evaluation, naming the current status', () => {
    const check = projectTransition('ANNOUNCED', 'AWARD');
    expect(check).toMatchObject({ ok: false, state: 'ANNOUNCED', event: 'AWARD' });
    if (check.ok) return;
    expect(check.message).toContain('ANNOUNCED');
    expect(check.message).toContain('rule R25');
    expect(check.messageZh).toContain('ANNOUNCED');
  });

  it('cannot be cancelled once contracted, and nothing moves a cancelled or failed project', () => {
    expect(projectTransition('CONTRACTED', 'CANCEL').ok).toBe(false);
    for (const s of ['CANCELLED', 'FAILED'] as const)
      expect(purchaseProjectStatus.isFinal(s)).toBe(true);
  });

  it('lists the statuses an event is taken from (the guard of an UPDATE)', () => {
    expect(purchaseProjectStatus.takes('CANCEL')).toEqual([
      'DRAFT',
      'ANNOUNCED',
      'BIDDING_CLOSED',
      'EVALUATING',
      'AWARDED',
    ]);
  });
});

describe('rule R25: a bid moves only through its state machine', () => {
  it('is ranked then awarded, or passed over', () => {
    expect(bidTransition('SUBMITTED', 'RANK')).toEqual({ ok: true, next: 'RANKED' });
    expect(bidTransition('RANKED', 'AWARD')).toEqual({ ok: true, next: 'AWARDED' });
    expect(bidTransition('RANKED', 'PASS_OVER')).toEqual({ ok: true, next: 'NOT_AWARDED' });
  });

  it('may be withdrawn only while submitted', () => {
    expect(bidTransition('SUBMITTED', 'WITHDRAW')).toEqual({ ok: true, next: 'WITHDRAWN' });
    expect(bidTransition('RANKED', 'WITHDRAW')).toMatchObject({ ok: false, state: 'RANKED' });
  });

  it('loses an award revoked after an upheld objection', () => {
    expect(bidTransition('AWARDED', 'REVOKE')).toEqual({ ok: true, next: 'NOT_AWARDED' });
  });

  it('has final statuses WITHDRAWN and NOT_AWARDED', () => {
    expect(BID_STATUSES.filter((s) => bidStatus.isFinal(s))).toEqual(['WITHDRAWN', 'NOT_AWARDED']);
  });
});
