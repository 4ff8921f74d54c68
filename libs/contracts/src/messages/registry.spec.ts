import { queuesFor, queueTakes } from '../queues/queues';
import { PayloadValidationError } from '../common/validation';
import { type PayloadOf, validateMessage } from './registry';

describe('message contracts', () => {
  it('validates a payload against its declared class', () => {
    const payload = validateMessage('platform.probe-sent.v1', { runId: 'r', sequence: 3 });
    expect(payload.sequence).toBe(3);
  });

  it('names every bad field, including fields the contract does not declare', () => {
    expect.assertions(2);
    try {
      validateMessage('incubation.organization-graduated.v1', {
        organizationId: 'not-a-uuid',
        baseId: '2a1d6a3c-8d47-4e0b-a0c9-7d2f0f4b2e10',
        cohortId: '3b2e7b4d-9e58-4f1c-b1da-8e3a1a5c3f21',
        graduatedAt: 'yesterday',
        extra: 1,
      });
    } catch (error) {
      expect(error).toBeInstanceOf(PayloadValidationError);
      expect((error as PayloadValidationError).violations.map((v) => v.field).sort()).toEqual([
        'extra',
        'graduatedAt',
        'organizationId',
      ]);
    }
  });

  it('routes a message to every queue that takes it, and to none that does not', () => {
    expect(queuesFor('incubation.organization-graduated.v1')).toEqual(['organizations.inbox']);
    expect(queueTakes('organizations.inbox', 'platform.probe-sent.v1')).toBe(false);
  });

  it("sends finance's answers only to the programme that asked", () => {
    const settled = { programme: 'venture' };
    expect(queuesFor('finance.disbursement-settled.v1', settled)).toEqual(['venture.inbox']);
    expect(queuesFor('finance.commitment-decided.v1', { programme: 'lottery-fund' })).toEqual([
      'lottery-fund.inbox',
    ]);
    // No programme, or one no queue belongs to: nowhere, rather than everywhere.
    expect(queuesFor('finance.disbursement-failed.v1', {})).toEqual([]);
    expect(queuesFor('finance.disbursement-failed.v1', { programme: 'finance' })).toEqual([]);
    expect(queuesFor('finance.disbursement-requested.v1')).toEqual(['finance.inbox']);
  });

  it('does not compile a message name or payload that contracts do not declare', () => {
    // These lines are checked by `tsc` in the test command: each must be a type error.
    // @ts-expect-error an undeclared message name
    const unknownName: PayloadOf<'organizations.organization-deleted.v1'> = {};
    // @ts-expect-error a payload missing its fields
    const badPayload: PayloadOf<'platform.probe-sent.v1'> = { runId: 'r' };
    expect([unknownName, badPayload]).toHaveLength(2);
  });
});
