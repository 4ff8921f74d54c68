import { normalizeName } from './normalize-name';

describe('rule R18: normalizeName', () => {
  it('rule R18: trims, collapses spaces and folds full width', () => {
    expect(normalizeName('  张伟 ')).toBe('张伟');
    expect(normalizeName('Ｗａｎｇ　　Ｆａｎｇ')).toBe('wang fang');
    expect(normalizeName('Wang\t \nFang')).toBe('wang fang');
    expect(normalizeName('阳光（ＸＹ）中心１号')).toBe('阳光(xy)中心1号');
  });

  it('rule R18: middle dots in names are one character however they were typed', () => {
    const forms = [
      '阿依古丽·买买提',
      '阿依古丽•买买提',
      '阿依古丽・买买提',
      '阿依古丽.买买提',
      '阿依古丽．买买提',
    ];
    expect(new Set(forms.map(normalizeName))).toEqual(new Set(['阿依古丽·买买提']));
  });

  it('rule R18: a name that is not a string is a programming error', () => {
    expect(() => normalizeName(undefined as never)).toThrow(
      'rule R18: name must be a string, got undefined',
    );
  });
});
