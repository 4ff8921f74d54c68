import {
  getMetadataStorage,
  IsInt,
  IsString,
  Min,
  validateSync,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { flattenValidationErrors, validatePlain } from './validation';
import { cacheValidationMetadataLookups } from './validation-metadata-cache';

class Line {
  @IsString()
  description: string;

  @IsInt()
  @Min(1)
  amountFen: number;
}

class Budget {
  @IsString()
  name: string;

  @ValidateNested({ each: true })
  @Type(() => Line)
  lines: Line[];
}

const bad = { name: 7, lines: [{ description: 'x', amountFen: 0 }, { amountFen: 1.5 }] };
const violations = (cls: new () => object, plain: unknown) => {
  try {
    validatePlain(cls, plain);
    return [];
  } catch (error) {
    return (error as { violations: unknown[] }).violations;
  }
};

describe('cacheValidationMetadataLookups', () => {
  const before = violations(Budget, bad);
  beforeAll(() => cacheValidationMetadataLookups());

  it('validates exactly as before: the same violations, nested ones included', () => {
    expect(before.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect(violations(Budget, bad)).toEqual(before);
    expect(violations(Budget, { name: 'ok', lines: [{ description: 'x', amountFen: 1 }] })).toEqual(
      [],
    );
  });

  it('sees rules registered after a lookup was kept: a class loaded later, a rule added', () => {
    expect(violations(Line, { description: 'x', amountFen: 1, note: 3 })).toEqual([
      expect.objectContaining({ field: 'note', rule: 'whitelistValidation' }),
    ]);
    class NotedLine extends Line {
      @IsString()
      note: string;
    }
    expect(violations(NotedLine, { description: 'x', amountFen: 0, note: 3 })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'amountFen', rule: 'min' }),
        expect.objectContaining({ field: 'note', rule: 'isString' }),
      ]),
    );
    // a rule added to a class whose rules were already looked up
    IsInt()(Budget.prototype, 'year');
    expect(violations(Budget, { name: 'ok', lines: [], year: 'soon' })).toEqual([
      expect.objectContaining({ field: 'year', rule: 'isInt' }),
    ]);
  });

  it('hands out a copy: changing the list got leaves the kept one alone', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Line, '', false, false);
    first.length = 0;
    expect(storage.getTargetValidationMetadatas(Line, '', false, false).length).toBeGreaterThan(0);
    expect(
      flattenValidationErrors(validateSync(Object.assign(new Line(), { description: 1 }))),
    ).not.toEqual([]);
  });

  it('installs once', () => {
    const storage = getMetadataStorage();
    const lookup = storage.getTargetValidationMetadatas;
    cacheValidationMetadataLookups();
    expect(storage.getTargetValidationMetadatas).toBe(lookup);
  });
});
