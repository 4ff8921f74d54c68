import { MAX_FEN } from './fen';
import { fenToYuan, formatYuan, yuanToFen } from './yuan';

describe('rule R26: yuanToFen parses exact decimal strings', () => {
  it.each([
    ['2000', 200000],
    ['2000.5', 200050],
    ['2000.50', 200050],
    ['0.05', 5],
    ['0.1', 10],
    ['0', 0],
    ['0.00', 0],
    ['007.10', 710],
    ['1999.99', 199999],
    ['90071992547409.91', MAX_FEN],
  ])('rule R26: "%s" is %d fen', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it('rule R26: has no floating point error where floats would have one', () => {
    // 0.29 * 100 === 28.999999999999996 in floating point.
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen('1.13')).toBe(113);
    expect(yuanToFen('4.35')).toBe(435);
  });

  it.each([
    ['1,234.56', /not a plain decimal number/],
    ['', /not a plain decimal number/],
    [' 12', /not a plain decimal number/],
    ['12 ', /not a plain decimal number/],
    ['NaN', /not a plain decimal number/],
    ['Infinity', /not a plain decimal number/],
    ['1e3', /not a plain decimal number/],
    ['+5', /not a plain decimal number/],
    ['.5', /not a plain decimal number/],
    ['5.', /not a plain decimal number/],
    ['0x10', /not a plain decimal number/],
    ['１２', /not a plain decimal number/],
    ['12.345', /more than 2 decimal places/],
    ['0.001', /more than 2 decimal places/],
    ['-1', /must not be negative/],
    ['-0.01', /must not be negative/],
    ['90071992547409.92', /larger than the largest safe amount/],
    ['99999999999999999999', /larger than the largest safe amount/],
  ])('rule R26: rejects "%s" with a RangeError', (yuan, message) => {
    expect(() => yuanToFen(yuan)).toThrow(RangeError);
    expect(() => yuanToFen(yuan)).toThrow(message);
  });

  it('rule R26: rejects a non-string at run time', () => {
    expect(() => yuanToFen(12 as unknown as string)).toThrow(
      'yuan amount must be a string, got number',
    );
  });

  it.each([
    ['-12.3', -1230],
    ['-0.01', -1],
    ['-0', 0],
  ])('rule R26: with allowNegative, "%s" is %d fen', (yuan, fen) => {
    expect(yuanToFen(yuan, { allowNegative: true })).toBe(fen);
  });

  it('rule R26: "-0" is plain zero, never negative zero', () => {
    expect(Object.is(yuanToFen('-0'), 0)).toBe(true);
    expect(Object.is(yuanToFen('-0.00', { allowNegative: true }), 0)).toBe(true);
  });
});

describe('rule R26: fenToYuan and formatYuan show two decimals', () => {
  it.each([
    [200000, '2000.00', '2,000.00'],
    [200050, '2000.50', '2,000.50'],
    [5, '0.05', '0.05'],
    [0, '0.00', '0.00'],
    [-0, '0.00', '0.00'],
    [99, '0.99', '0.99'],
    [100, '1.00', '1.00'],
    [-1230, '-12.30', '-12.30'],
    [-123456789, '-1234567.89', '-1,234,567.89'],
    [99999999, '999999.99', '999,999.99'],
    [100000000, '1000000.00', '1,000,000.00'],
    [MAX_FEN, '90071992547409.91', '90,071,992,547,409.91'],
  ])('rule R26: %d fen is "%s" plain and "%s" grouped', (fen, plain, grouped) => {
    expect(fenToYuan(fen)).toBe(plain);
    expect(formatYuan(fen)).toBe(grouped);
    expect(formatYuan(fen, { grouping: true })).toBe(grouped);
    expect(formatYuan(fen, { grouping: false })).toBe(plain);
  });

  it('rule R26: is exact near the top of the safe range', () => {
    expect(fenToYuan(9007199254740899)).toBe('90071992547408.99');
    expect(formatYuan(-9007199254740801)).toBe('-90,071,992,547,408.01');
  });

  it.each([[1.5], [Number.NaN], [MAX_FEN + 2]])('rule R26: refuses %p fen', (fen) => {
    expect(() => fenToYuan(fen)).toThrow(RangeError);
    expect(() => formatYuan(fen)).toThrow(/^fen must be a safe integer/);
  });

  it('rule R26: yuanToFen(fenToYuan(x)) round-trips', () => {
    for (const fen of [1, 10, 199999, 200000, 123456789, MAX_FEN]) {
      expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      expect(yuanToFen(fenToYuan(-fen), { allowNegative: true })).toBe(-fen);
    }
  });
});
