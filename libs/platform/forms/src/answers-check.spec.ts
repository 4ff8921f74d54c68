import { PayloadValidationError } from '@civic/contracts';
import { formSchema, SAMPLE_FORM as EVERY_KIND } from '@civic/domain/forms';

import { answersViolations, assertAnswers } from './answers-check';

// Forms without code (issue #17): answers checked by ajv against the stored JSON Schema, each
// refusal naming the field and the keyword, for the programmes' applications (R17, R20, R16, R25).
const schema = formSchema(EVERY_KIND, { owner: 'venture-call', id: 'c1', version: 1 });
const good = {
  volunteers: 12,
  plan: '每周两次上门',
  selfFunds: 500000,
  startsOn: '2027-03-01',
  venue: 'village',
  partners: [{ name: '某公司', amount: 100000 }],
  partyLed: true,
};
const fields = (answers: unknown, draft = false) =>
  answersViolations(schema, answers, { draft }).map((v) => `${v.field} ${v.rule}`);

describe('answers to a form (issue #17)', () => {
  it('accepts answers that fit every question', () => {
    expect(fields(good)).toEqual([]);
  });

  it('names each required question left unanswered, in Chinese by its label', () => {
    const violations = answersViolations(schema, { plan: 'x', venue: 'village' });
    expect(violations).toEqual([
      expect.objectContaining({
        field: 'answers.volunteers',
        rule: 'required',
        messageZh: '请回答“志愿者人数”',
      }),
    ]);
  });

  it('lets a draft leave required questions open, but not answer them wrongly', () => {
    expect(fields({}, true)).toEqual([]);
    expect(fields({ volunteers: 'many' }, true)).toEqual(['answers.volunteers type']);
  });

  it('refuses fractions of a fen, out-of-range numbers, blank text and unknown options', () => {
    expect(fields({ ...good, selfFunds: 10.5 })).toEqual(['answers.selfFunds type']);
    expect(fields({ ...good, selfFunds: -1 })).toEqual(['answers.selfFunds minimum']);
    expect(fields({ ...good, volunteers: 10001 })).toEqual(['answers.volunteers maximum']);
    expect(fields({ ...good, plan: '   ' })).toEqual(['answers.plan pattern']);
    expect(fields({ ...good, plan: 'x'.repeat(301) })).toEqual(['answers.plan maxLength']);
    expect(fields({ ...good, venue: 'moon' })).toEqual(['answers.venue enum']);
    expect(fields({ ...good, startsOn: '2027-02-30' })).toEqual(['answers.startsOn format']);
    expect(fields({ ...good, partyLed: 'yes' })).toEqual(['answers.partyLed type']);
  });

  it('names the row and column of a table cell', () => {
    expect(fields({ ...good, partners: [{ name: 'a', amount: 1 }, { name: 'b' }] })).toEqual([
      'answers.partners[1].amount required',
    ]);
    expect(fields({ ...good, partners: [{ name: 'a', amount: 1, extra: 2 }] })).toEqual([
      'answers.partners[0].extra additionalProperties',
    ]);
  });

  it('refuses answers to questions the form does not ask, prototype names included', () => {
    expect(fields({ ...good, bonus: 1 })).toEqual(['answers.bonus additionalProperties']);
    expect(fields(JSON.parse('{"__proto__": {"admin": true}}'), true)).toEqual([
      'answers.__proto__ additionalProperties',
    ]);
    expect(fields([1, 2])).toEqual(['answers type']);
  });

  it('throws the 400 of a payload that fails validation', () => {
    expect(() => assertAnswers(schema, { ...good, venue: 1 })).toThrow(PayloadValidationError);
    expect(() => assertAnswers(schema, good)).not.toThrow();
  });
});
