import { validateSync } from 'class-validator';
import { IsScore } from './is-score.decorator';

class Sheet {
  @IsScore(0, 100)
  score: unknown;
}

const violations = (score: unknown) => {
  const sheet = new Sheet();
  sheet.score = score;
  return validateSync(sheet).map((e) => Object.values(e.constraints ?? {}).join());
};

describe('IsScore (contract evaluations, R25)', () => {
  it.each([0, 36.5, 87.25, 100, 1e-2])('accepts %p', (score) => {
    expect(violations(score)).toEqual([]);
  });

  it.each([
    5e-324,
    1e-7,
    12.345,
    0.1 + 0.2,
    -1,
    100.01,
    1e21,
    Number.NaN,
    Infinity,
    '50',
    null,
    true,
  ])('refuses %p with a message naming the field and the rule, without throwing', (score) => {
    expect(violations(score)).toEqual([
      'score must be a number from 0 to 100 with at most 2 decimals',
    ]);
  });
});
