import {
  checkForm,
  formQuestions,
  type Question,
  QUESTION_KINDS,
  SAMPLE_FORM,
} from '@civic/domain/forms';
import { namePathOf } from '../src/common/form-violations';
import {
  answersFromForm,
  answerText,
  dateOf,
  fenToYuanText,
  formLanguage,
  isAmount,
  isoDate,
  labelIn,
  tableRows,
  yuanTextToFen,
} from '../src/forms/answer-values';
import {
  builderViolations,
  kindChange,
  messagesAt,
  newColumn,
  newOption,
  newQuestion,
  nextKey,
  previewSchema,
  questionRows,
  toFormDefinition,
  toQuestion,
} from '../src/forms/builder-values';
import { dottedField, dottedViolations, fieldPath, samePath } from '../src/forms/field-paths';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';

// Pure parts of the form builder and the answer fields (issue #17, forms without code: the
// questions of R16's cohorts, R17's calls, R20's lottery programmes and R25's purchase projects).

const WORDS = { yes: '是', no: '否', yuan: (amount: string) => `${amount} 元` };

describe('field paths of violations (issue #17)', () => {
  it('reads the forms library brackets and the DTO dots as the same item name', () => {
    expect(fieldPath('questions[2].options[0].label.zh')).toEqual([
      'questions',
      2,
      'options',
      0,
      'label',
      'zh',
    ]);
    expect(fieldPath('questions.2.options.0.label.zh')).toEqual(
      fieldPath('questions[2].options[0].label.zh'),
    );
    expect(fieldPath('answers.partners[1].amount')).toEqual(['answers', 'partners', 1, 'amount']);
    expect(fieldPath('questions')).toEqual(['questions']);
  });

  it('dots them for applyViolations, which then finds the item (R17: answers.<key>[row].<col>)', () => {
    expect(dottedField('answers.partners[1].amount')).toBe('answers.partners.1.amount');
    const [violation] = dottedViolations([
      { field: 'answers.partners[1].amount', rule: 'minimum', message: '出资过小' },
    ]);
    expect(violation).toEqual({
      field: 'answers.partners.1.amount',
      rule: 'minimum',
      message: '出资过小',
    });
    expect(namePathOf(violation.field)).toEqual(['answers', 'partners', 1, 'amount']);
    expect(samePath(['a', 1], ['a', 1])).toBe(true);
    expect(samePath(['a', 1], ['a', '1'])).toBe(false);
  });
});

describe('the builder rows (issue #17, R17)', () => {
  it('suggests q1, q2… and skips a key taken', () => {
    expect(nextKey('q', [])).toBe('q1');
    expect(nextKey('q', ['q1', 'q2'])).toBe('q3');
    expect(nextKey('q', ['q2', 'q3'])).toBe('q4');
    expect(newQuestion(['q1'])).toEqual({
      key: 'q2',
      kind: 'TEXT',
      label: { zh: '', en: '' },
      help: { zh: '', en: '' },
      required: false,
    });
    expect(newOption(['o1']).value).toBe('o2');
    expect(newColumn([]).key).toBe('c1');
  });

  it('gives a choice two options and a table one column, and drops the bounds, on a new kind', () => {
    expect(kindChange('CHOICE', { kind: 'CHOICE' }).options).toHaveLength(2);
    expect(kindChange('CHOICE', { kind: 'CHOICE' }).options?.map((o) => o?.value)).toEqual([
      'o1',
      'o2',
    ]);
    // Options already typed stay.
    expect(kindChange('CHOICE', { options: [{ value: 'x' }] }).options).toBeUndefined();
    expect(kindChange('TABLE', {}).columns).toEqual([
      { key: 'c1', kind: 'TEXT', label: { zh: '', en: '' } },
    ]);
    // A number's 5 is not 5 fen of an amount.
    expect(kindChange('YUAN', { kind: 'YUAN', min: 5, max: 9 })).toMatchObject({
      min: undefined,
      max: undefined,
    });
  });

  it('sends only what its kind has, texts trimmed, an empty help left out', () => {
    const q = toQuestion({
      key: ' plan ',
      kind: 'TEXT',
      label: { zh: ' 服务计划 ', en: 'Plan' },
      help: { zh: ' ', en: '' },
      required: true,
      maxLength: 300,
      min: 3,
      options: [{ value: 'a' }],
      columns: [{ key: 'c' }],
    });
    expect(q).toEqual({
      key: 'plan',
      kind: 'TEXT',
      label: { zh: '服务计划', en: 'Plan' },
      required: true,
      maxLength: 300,
    });
    // InputNumber clears to null: no bound.
    const ranged = toQuestion({ key: 'n', kind: 'NUMBER', min: null, max: 10 });
    expect(ranged).not.toHaveProperty('min');
    expect(ranged.max).toBe(10);
    expect(toQuestion(undefined)).toEqual({
      key: '',
      kind: 'TEXT',
      label: { zh: '', en: '' },
      required: false,
    });
  });

  it('keeps an amount’s bounds in fen (R26)', () => {
    expect(toQuestion({ key: 'funds', kind: 'YUAN', min: 1000, max: 5_000_000 })).toMatchObject({
      min: 1000,
      max: 5_000_000,
    });
  });

  it('brings the stored questions back unchanged, and never edits them in place', () => {
    const questions = structuredClone(SAMPLE_FORM.questions) as Question[];
    const rows = questionRows(questions);
    expect(toFormDefinition({ questions: rows })).toEqual(SAMPLE_FORM);
    rows[4].options![0]!.label!.zh = '改了';
    expect(questions[4].options![0].label.zh).toBe('社区活动室');
    expect(checkForm(toFormDefinition({ questions: rows })).ok).toBe(true);
  });
});

describe('what checkForm says, item by item (issue #17, R17)', () => {
  const rows = [
    { key: 'q1', kind: 'TEXT' as const, label: { zh: '名称', en: 'Name' } },
    {
      key: 'q1',
      kind: 'CHOICE' as const,
      label: { zh: '场地', en: '' },
      options: [{ value: 'a' }],
    },
  ];

  it('puts each violation on its item, in the UI language', () => {
    const violations = builderViolations({ questions: rows });
    expect(messagesAt(violations, ['questions', 1, 'key'], 'zh')).toEqual(['问题标识“q1”重复']);
    expect(messagesAt(violations, ['questions', 1, 'key'], 'en')).toEqual([
      "the key 'q1' is used twice",
    ]);
    expect(messagesAt(violations, ['questions', 1, 'label', 'en'], 'zh')).toEqual(['英文不能为空']);
    expect(messagesAt(violations, ['questions', 1, 'options'], 'zh')).toEqual([
      '单选题须有 2 至 30 个选项',
    ]);
    expect(messagesAt(violations, ['questions', 1, 'options', 0, 'label', 'zh'], 'zh')).toEqual([
      '中文不能为空',
    ]);
    expect(messagesAt(violations, ['questions', 0, 'key'], 'zh')).toEqual([]);
  });

  it('says an amount typed that is not one is no bound (NaN from the yuan input)', () => {
    const violations = builderViolations({
      questions: [{ key: 'f', kind: 'YUAN', label: { zh: '金额', en: 'Amount' }, min: NaN }],
    });
    expect(messagesAt(violations, ['questions', 0, 'min'], 'zh')).toEqual(['须为有限数值']);
  });

  it('previews only a form that checks', () => {
    expect(previewSchema({ questions: rows })).toBeNull();
    expect(previewSchema({ questions: [] })).toBeNull();
    const schema = previewSchema({ questions: questionRows(SAMPLE_FORM.questions) });
    expect(formQuestions(schema)).toEqual(SAMPLE_FORM.questions);
  });
});

describe('answers (issue #17: R17, R20; money in fen, R26)', () => {
  it('sends the answers given, without the blanks', () => {
    expect(
      answersFromForm({
        title: 'x',
        answers: { plan: '  ', volunteers: 0, partners: [], venue: null, partyLed: false },
      } as { answers: unknown }),
    ).toEqual({ volunteers: 0, partyLed: false });
    expect(answersFromForm({})).toEqual({});
    expect(answersFromForm(undefined)).toEqual({});
    expect(answersFromForm({ answers: 'nonsense' })).toEqual({});
  });

  it('takes yuan typed as integer fen, NaN while it is not an amount', () => {
    expect(yuanTextToFen('12.5')).toBe(1250);
    expect(yuanTextToFen(' 0.01 ')).toBe(1);
    expect(yuanTextToFen('')).toBeUndefined();
    expect(yuanTextToFen(undefined)).toBeUndefined();
    expect(yuanTextToFen('1.234')).toBeNaN();
    expect(yuanTextToFen('-1')).toBeNaN();
    expect(yuanTextToFen('1,000')).toBeNaN();
    expect(fenToYuanText(1250)).toBe('12.50');
    expect(fenToYuanText(undefined)).toBe('');
    expect(fenToYuanText(NaN)).toBe('');
    expect(isAmount(undefined)).toBe(true);
    expect(isAmount(null)).toBe(true);
    expect(isAmount(1250)).toBe(true);
    expect(isAmount(NaN)).toBe(false);
    expect(isAmount(12.5)).toBe(false);
  });

  it('holds a date as YYYY-MM-DD', () => {
    expect(isoDate(dateOf('2026-03-01'))).toBe('2026-03-01');
    expect(dateOf('2026-02-30')).toBeUndefined();
    expect(dateOf('2026-3-1')).toBeUndefined();
    expect(dateOf(20260301)).toBeUndefined();
    expect(isoDate(null)).toBeUndefined();
  });

  it('reads each kind of answer in the UI language', () => {
    const venue = SAMPLE_FORM.questions[4];
    expect(answerText('CHOICE', 'village', 'zh', WORDS, venue.options)).toBe('村委会');
    expect(answerText('CHOICE', 'village', 'en', WORDS, venue.options)).toBe('Village committee');
    expect(answerText('CHOICE', 'gone', 'zh', WORDS, venue.options)).toBe('gone');
    expect(answerText('YUAN', 123456, 'zh', WORDS)).toBe('1,234.56 元');
    expect(answerText('YES_NO', false, 'zh', WORDS)).toBe('否');
    expect(answerText('YES_NO', true, 'zh', WORDS)).toBe('是');
    expect(answerText('NUMBER', 12000, 'en', WORDS)).toBe('12,000');
    expect(answerText('DATE', '2026-03-01', 'zh', WORDS)).toBe('2026-03-01');
    expect(answerText('TEXT', undefined, 'zh', WORDS)).toBeNull();
    expect(answerText('TEXT', '', 'zh', WORDS)).toBeNull();
  });

  it('labels in the UI language, Chinese when English is missing, else the key', () => {
    expect(formLanguage('en')).toBe('en');
    expect(formLanguage('zh-CN')).toBe('zh');
    expect(formLanguage(undefined)).toBe('zh');
    expect(labelIn({ zh: '名称', en: '' }, 'en')).toBe('名称');
    expect(labelIn({ zh: '', en: '' }, 'zh', 'q1')).toBe('q1');
    expect(labelIn(undefined, 'zh')).toBe('');
  });

  it('reads only the rows of a table that are rows', () => {
    expect(tableRows([{ name: 'a' }, null, 'x', { name: 'b' }])).toEqual([
      { name: 'a' },
      { name: 'b' },
    ]);
    expect(tableRows('nonsense')).toEqual([]);
  });
});

describe('the words of the forms (issue #17)', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix];

  it('has every word in both languages, and every kind named', () => {
    expect(keys(en.forms).sort()).toEqual(keys(zhCN.forms).sort());
    expect(Object.keys(zhCN.forms.kinds).sort()).toEqual([...QUESTION_KINDS].sort());
    expect(zhCN.forms.kinds).toEqual({
      TEXT: '文本',
      NUMBER: '数字',
      YUAN: '金额（元）',
      DATE: '日期',
      CHOICE: '单选',
      TABLE: '表格',
      YES_NO: '是/否',
    });
  });
});
