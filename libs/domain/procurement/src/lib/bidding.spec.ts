import fc from 'fast-check';
import { bidDeadlineCheck, bidEligibility, type BidderEntry } from './bidding';

const DEADLINE = new Date('2026-03-20T09:00:00+08:00');
const NANNING_QINGXIU = '450103';

describe('rule R25: bids come in strictly before the deadline, by the database clock', () => {
  it('accepts a bid a millisecond before and refuses one at the deadline, naming the field', () => {
    expect(bidDeadlineCheck(DEADLINE, new Date(DEADLINE.getTime() - 1))).toEqual({ ok: true });
    expect(bidDeadlineCheck(DEADLINE, DEADLINE)).toMatchObject({
      ok: false,
      rule: 'R25',
      code: 'RULE_R25_BID_DEADLINE_PASSED',
      field: 'deadline',
    });
  });

  it('throws on an invalid time', () => {
    expect(() => bidDeadlineCheck(DEADLINE, new Date(Number.NaN))).toThrow(/rule R25: now/);
  });

  it('property: ok exactly when now is before the deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (offset) => {
        const now = new Date(DEADLINE.getTime() + offset);
        expect(bidDeadlineCheck(DEADLINE, now).ok).toBe(offset < 0);
      }),
    );
  });
});

describe('rule R24, rule R12: who may bid', () => {
  const socialOrg: BidderEntry = {
    status: 'LISTED',
    kind: 'SOCIAL_ORGANIZATION',
    serviceAreas: ['450100'],
  };
  const company: BidderEntry = { ...socialOrg, kind: 'COMPANY' };
  const project = { regionCode: NANNING_QINGXIU, reserved: false };

  it('lets a listed entry serving the region bid', () => {
    expect(bidEligibility(project, socialOrg)).toEqual({ ok: true });
    expect(bidEligibility(project, company)).toEqual({ ok: true });
  });

  it.each(['PENDING', 'REFUSED', 'REMOVED'] as const)('refuses an entry that is %s', (status) => {
    expect(bidEligibility(project, { ...socialOrg, status })).toMatchObject({
      ok: false,
      rule: 'R24',
      code: 'RULE_R24_NOT_IN_DIRECTORY',
      field: 'undertaker',
    });
  });

  it('refuses an entry that does not serve the region', () => {
    expect(bidEligibility(project, { ...socialOrg, serviceAreas: ['450200'] })).toMatchObject({
      ok: false,
      code: 'RULE_R24_AREA_NOT_SERVED',
    });
  });

  it('keeps a project reserved in its announcement for social organizations (R12)', () => {
    const reserved = { ...project, reserved: true };
    expect(bidEligibility(reserved, socialOrg)).toEqual({ ok: true });
    expect(bidEligibility(reserved, company)).toMatchObject({
      ok: false,
      rule: 'R12',
      code: 'RULE_R12_RESERVED_FOR_SOCIAL_ORGANIZATIONS',
      field: 'undertaker',
    });
  });
});
