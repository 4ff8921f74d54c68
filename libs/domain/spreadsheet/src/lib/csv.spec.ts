import { csvRow } from './csv';

describe('csvRow: CSV lines with formula-safe fields (issue #15)', () => {
  it('escapes formulas, then quotes fields with separators, quotes or line breaks', () => {
    expect(csvRow(['=HYPERLINK("http://evil.example","x")', '@SUM(1)', '+1+1'])).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")",'@SUM(1),'+1+1`,
    );
    expect(csvRow(['甲,乙', 'line\nbreak', 'cr\rhere'])).toBe('"甲,乙","line\nbreak","cr\rhere"');
    expect(csvRow(['\r=1+1'])).toBe(`"'\r=1+1"`);
  });

  it('rule R26: writes numbers and yuan numerals as they are, negative ones included', () => {
    expect(csvRow([-12.5, '-5000.00', 3, '青秀区'])).toBe('-12.5,-5000.00,3,青秀区');
  });

  it('keeps a comma-led formula inside its own quoted field', () => {
    // Unquoted, ",=1+1" would end the field and start a new cell holding a formula.
    expect(csvRow(['名称,=1+1'])).toBe('"名称,=1+1"');
  });
});
