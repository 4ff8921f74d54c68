import { textViolations } from './text-boundary';

describe('text every field may hold', () => {
  it('accepts ordinary Chinese, emoji and empty text', () => {
    expect(
      textViolations({ name: '长者食堂', note: '👵🏻 服务', empty: '', list: ['a', 'b'] }),
    ).toEqual([]);
  });

  it('refuses a NUL character anywhere, naming the field', () => {
    expect(textViolations({ location: { address: 'a\u0000b' } })).toEqual([
      expect.objectContaining({ field: 'location.address', rule: 'noNulCharacter' }),
    ]);
    expect(textViolations('x\u0000', 'q')).toEqual([
      expect.objectContaining({ field: 'q', rule: 'noNulCharacter' }),
    ]);
  });

  it('refuses a lone surrogate, high or low, in values, array items and keys', () => {
    expect(textViolations({ a: '\ud800', b: ['ok', 'x\udc00'] }).map((v) => v.field)).toEqual([
      'a',
      'b.1',
    ]);
    expect(textViolations({ ['\ud83d']: 1 })).toEqual([
      expect.objectContaining({ field: '(key)', rule: 'wellFormedText' }),
    ]);
  });

  it('refuses prototype keys at any depth, which class-transformer would drop unseen', () => {
    const body = JSON.parse(
      '{"__proto__": {"isAdmin": true}, "a": {"constructor": 1}, "b": [{"prototype": "x"}]}',
    );
    expect(textViolations(body)).toEqual([
      expect.objectContaining({ field: '__proto__', rule: 'noPrototypeKey' }),
      expect.objectContaining({ field: 'a.constructor', rule: 'noPrototypeKey' }),
      expect.objectContaining({ field: 'b.0.prototype', rule: 'noPrototypeKey' }),
    ]);
    expect(textViolations({ proto: 1, constructorName: 'x' })).toEqual([]);
  });

  it('stops after 20 problems and at depth 64, so garbage cannot make it work hard', () => {
    expect(textViolations(Array(100).fill('\u0000'))).toHaveLength(20);
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(textViolations(deep)).toEqual([]);
  });
});
