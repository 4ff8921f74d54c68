import fc from 'fast-check';
import { answerCells, answerHeaders, compactAnswers } from './answer-cells';
import { checkForm } from './form-check';
import { formQuestions, formSchema } from './form-schema';
import { SAMPLE_FORM as EVERY_KIND } from './sample-form';
import { type FormDefinition, type Question, QUESTION_KINDS } from './question';

const owner = { owner: 'venture-call' as const, id: 'c1', version: 2 };
const q = (over: Partial<Question>): Question => ({
  key: 'q',
  kind: 'TEXT',
  label: { zh: '问题', en: 'Question' },
  required: false,
  ...over,
});
const fieldsOf = (form: FormDefinition) => {
  const check = checkForm(form);
  return check.ok ? [] : check.violations.map((v) => v.field);
};

describe('forms without code (issue #17): building a form', () => {
  it('accepts a form with one question of every kind', () => {
    expect(checkForm(EVERY_KIND)).toEqual({ ok: true });
    expect(EVERY_KIND.questions.map((x) => x.kind).sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it('refuses keys that are not safe names, reserved names and twice-used keys', () => {
    expect(fieldsOf({ questions: [q({ key: 'Bad key' })] })).toEqual(['questions[0].key']);
    expect(fieldsOf({ questions: [q({ key: 'constructor' })] })).toEqual(['questions[0].key']);
    expect(fieldsOf({ questions: [q({ key: '__proto__' })] })).toEqual(['questions[0].key']);
    expect(fieldsOf({ questions: [q({}), q({})] })).toEqual(['questions[1].key']);
  });

  it('needs labels in both languages, and names the blank one', () => {
    expect(fieldsOf({ questions: [q({ label: { zh: '问题', en: ' ' } })] })).toEqual([
      'questions[0].label.en',
    ]);
  });

  it('needs two options for a choice and a column for a table, and nothing of the kind elsewhere', () => {
    expect(fieldsOf({ questions: [q({ kind: 'CHOICE', options: [] })] })).toEqual([
      'questions[0].options',
    ]);
    expect(fieldsOf({ questions: [q({ kind: 'TABLE', columns: [] })] })).toEqual([
      'questions[0].columns',
    ]);
    expect(fieldsOf({ questions: [q({ options: [] })] })).toEqual(['questions[0].options']);
    expect(fieldsOf({ questions: [q({ kind: 'NUMBER', maxLength: 3 })] })).toEqual([
      'questions[0].maxLength',
    ]);
  });

  it('keeps amounts in whole fen and a range a range', () => {
    expect(fieldsOf({ questions: [q({ kind: 'YUAN', min: 10.5 })] })).toEqual(['questions[0].min']);
    expect(fieldsOf({ questions: [q({ kind: 'NUMBER', min: 5, max: 1 })] })).toEqual([
      'questions[0].max',
    ]);
    expect(fieldsOf({ questions: [q({ kind: 'TEXT', min: 1 })] })).toEqual(['questions[0].min']);
  });

  it('refuses more than 50 questions', () => {
    const many = Array.from({ length: 51 }, (_, i) => q({ key: `q${i}` }));
    expect(fieldsOf({ questions: many })).toEqual(['questions']);
  });
});

describe('forms are stored as JSON Schema (issue #17)', () => {
  it('carries the version, the required questions and the order', () => {
    const schema = formSchema(EVERY_KIND, owner);
    expect(schema.$id).toBe('urn:civic:form:venture-call:c1:v2');
    expect(schema['x-version']).toBe(2);
    expect(schema.required).toEqual(['volunteers', 'plan', 'venue']);
    expect(schema['x-order']).toEqual(EVERY_KIND.questions.map((x) => x.key));
    expect(schema.properties['selfFunds']).toMatchObject({ type: 'integer', minimum: 0 });
    expect(schema.properties['venue'].enum).toEqual(['community', 'village']);
  });

  it('gives back the questions it was built from', () => {
    expect(formQuestions(formSchema(EVERY_KIND, owner))).toEqual(EVERY_KIND.questions);
  });

  it('round-trips any well-formed question list', () => {
    const label = fc.record({
      zh: fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s.trim() !== ''),
      en: fc.constant('x'),
    });
    const question = fc.record({
      kind: fc.constantFrom('TEXT', 'NUMBER', 'YUAN', 'DATE', 'YES_NO'),
      label,
      required: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(question, { maxLength: 8 }), (qs) => {
        const form: FormDefinition = {
          questions: qs.map((x, i) => ({ key: `q${i}`, ...x }) as Question),
        };
        expect(checkForm(form)).toEqual({ ok: true });
        expect(formQuestions(formSchema(form, owner))).toEqual(form.questions);
      }),
    );
  });
});

describe('answers in exports (issue #17)', () => {
  const schema = formSchema(EVERY_KIND, owner);

  it('heads the columns with the labels in the language asked for', () => {
    expect(answerHeaders(schema, 'zh')[0]).toBe('志愿者人数');
    expect(answerHeaders(schema, 'en')[4]).toBe('Venue');
  });

  it('keeps numbers and amounts numeric (yuan), and words the rest', () => {
    const cells = answerCells(
      schema,
      {
        volunteers: 12,
        plan: '每周两次',
        selfFunds: 123456,
        venue: 'village',
        partners: [{ name: '某公司', amount: 50000 }],
        partyLed: true,
      },
      'zh',
    );
    expect(cells).toEqual([
      12,
      '每周两次',
      1234.56,
      null,
      '村委会',
      '名称: 某公司; 出资: 500.00',
      '是',
    ]);
  });

  it('drops empty answers before they are checked and stored', () => {
    expect(compactAnswers({ a: '  ', b: [], c: null, d: 0, e: false })).toEqual({ d: 0, e: false });
    expect(compactAnswers(undefined)).toEqual({});
    expect(compactAnswers([1])).toEqual([1]);
  });
});
