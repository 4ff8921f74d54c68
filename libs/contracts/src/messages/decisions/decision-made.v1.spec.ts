import { PayloadValidationError } from '../../common/validation';
import { queuesFor } from '../../queues/queues';
import { validateMessage } from '../registry';
import { DECISION_MESSAGES } from './decision-made.v1';

const decision = {
  decisionId: 'lottery-fund:subsidy-application:2a1d6a3c-8d47-4e0b-a0c9-7d2f0f4b2e10:APPROVED',
  organizationId: '0b7f3a52-5f39-4c7e-9a57-2f4f4b1f0c11',
  programme: 'lottery-fund',
  subjectType: 'subsidy-application',
  subjectId: '2a1d6a3c-8d47-4e0b-a0c9-7d2f0f4b2e10',
  outcome: 'APPROVED',
  title: { zh: '社区长者助餐服务', en: '社区长者助餐服务' },
  amountFen: 5_000_000,
  decidedAt: '2026-11-30T02:00:00.000Z',
  link: '/lottery/applications',
};

const fieldsRefused = (payload: unknown) => {
  try {
    validateMessage('venture.decision-made.v1', payload);
    return [];
  } catch (error) {
    return (error as PayloadValidationError).violations.map((v) => v.field).sort();
  }
};

describe('decision-made.v1 (issue #18)', () => {
  it("takes one payload under each programme's own name", () => {
    for (const name of Object.values(DECISION_MESSAGES)) {
      expect(validateMessage(name, decision).outcome).toBe('APPROVED');
    }
  });

  it('refuses an outcome off the closed list, a link that is no UI path, fractional fen and a missing title', () => {
    const { title: _title, ...untitled } = decision;
    expect(
      fieldsRefused({
        ...untitled,
        outcome: 'MAYBE',
        link: 'https://evil.example/',
        amountFen: 1.5,
      }),
    ).toEqual(['amountFen', 'link', 'outcome', 'title']);
    expect(fieldsRefused({ ...decision, decisionId: 'has spaces in it' })).toEqual(['decisionId']);
  });

  it('goes to the gateway only, which tells the users bound to the organization', () => {
    for (const name of Object.values(DECISION_MESSAGES)) {
      expect(queuesFor(name, decision)).toEqual(['gateway.inbox']);
    }
  });
});
