import { draftBytes, draftSizeViolation, formKeyViolation, MAX_DRAFT_BYTES } from './form-key';

const ID = '6f1c2b0e-8a52-4c1e-9d0f-3c2a1b4e5d6f';

describe('form draft keys (issue #18)', () => {
  it.each([`lottery-application:${ID}`, `admission:${ID}`, `venture-proposal:${ID}`])(
    'accepts %s',
    (key) => {
      expect(formKeyViolation(key)).toBeUndefined();
    },
  );

  it.each([
    ['no id', 'admission'],
    ['an unknown form', `payment:${ID}`],
    ['an id that is no uuid', 'admission:42'],
    ['an upper-case uuid', `admission:${ID.toUpperCase()}`],
    ['something after the id', `admission:${ID}:x`],
    ['a path', `admission:${ID}/../other`],
    ['the empty key', ''],
  ])('refuses %s, naming the field and the rule', (_what, key) => {
    expect(formKeyViolation(key)).toEqual(
      expect.objectContaining({
        field: 'formKey',
        rule: 'formKey',
        message: expect.stringContaining('lottery-application, admission, venture-proposal'),
      }),
    );
  });
});

describe('form draft size (issue #18)', () => {
  it('counts the JSON in UTF-8 bytes: a Chinese character is three', () => {
    expect(draftBytes({ a: '李' })).toBe('{"a":"李"}'.length + 2);
  });

  it('takes a draft of exactly the limit and refuses one byte more, naming values and maxBytes', () => {
    expect(draftSizeViolation(MAX_DRAFT_BYTES)).toBeUndefined();
    expect(draftSizeViolation(MAX_DRAFT_BYTES + 1)).toEqual(
      expect.objectContaining({ field: 'values', rule: 'maxBytes' }),
    );
    expect(draftSizeViolation(MAX_DRAFT_BYTES + 1)?.message).toContain('64 KiB');
  });
});
