import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import { PayloadValidationError, validatePlain } from './validation';

class Address {
  @IsString() @Length(1, 100) street: string;
}

class Line {
  @IsString() description: string;
  @IsInt() @Min(1) amountFen: number;
}

class Payload {
  @IsString() name: string;

  @IsOptional() @IsString() note?: string;

  @ValidateNested() @Type(() => Address) address: Address;

  @IsOptional() @ValidateNested() @Type(() => Address) mailTo?: Address;

  @IsArray() @ValidateNested({ each: true }) @Type(() => Line) lines: Line[];
}

const whole = () => ({
  name: '长者食堂 👵🏻',
  address: { street: '民族大道 100 号' },
  lines: [{ description: '餐具', amountFen: 120_00 }],
});

const refusal = (plain: unknown) => {
  try {
    validatePlain(Payload, plain, 'payload');
  } catch (error) {
    if (error instanceof PayloadValidationError) return error.violations;
    throw error;
  }
  throw new Error('accepted');
};

/**
 * The services validate every RPC payload themselves with validatePlain, and apply the same
 * input boundary the gateway does (issue #15): a call that skips the gateway gets no further.
 */
describe('validatePlain: the input boundary in the services', () => {
  it('accepts a whole payload, ordinary Chinese and emoji included, optional objects left out', () => {
    const payload = validatePlain(Payload, whole());
    expect(payload).toBeInstanceOf(Payload);
    expect(payload.address).toBeInstanceOf(Address);
  });

  it('refuses a NUL character or a lone surrogate in any string, naming the field', () => {
    expect(refusal({ ...whole(), note: 'a\u0000b' })).toEqual([
      expect.objectContaining({ field: 'note', rule: 'noNulCharacter' }),
    ]);
    expect(refusal({ ...whole(), lines: [{ description: 'x\ud800', amountFen: 1 }] })).toEqual([
      expect.objectContaining({ field: 'lines.0.description', rule: 'wellFormedText' }),
    ]);
  });

  it('refuses prototype keys, which class-transformer would drop silently', () => {
    expect(
      refusal(
        JSON.parse('{"name":"x","address":{"street":"y"},"lines":[],"__proto__":{"admin":true}}'),
      ),
    ).toEqual([expect.objectContaining({ field: '__proto__', rule: 'noPrototypeKey' })]);
    expect(refusal({ ...whole(), address: { street: 'y', constructor: 'x' } })).toEqual([
      expect.objectContaining({ field: 'address.constructor', rule: 'noPrototypeKey' }),
    ]);
  });

  it('refuses a required nested object that is missing, a list or a scalar (R4)', () => {
    const { address: _address, ...noAddress } = whole();
    expect(refusal(noAddress)).toEqual([
      expect.objectContaining({ field: 'address', rule: 'isDefined' }),
    ]);
    for (const address of [[], 'x', 7]) {
      expect(refusal({ ...whole(), address })).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'address', rule: 'isObject' })]),
      );
    }
    expect(refusal({ ...whole(), mailTo: [] })).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'mailTo', rule: 'isObject' })]),
    );
  });

  it('refuses the payload itself when it is not an object', () => {
    for (const plain of [null, [], 'x']) {
      expect(refusal(plain)).toEqual([
        expect.objectContaining({ field: '(root)', rule: 'isObject' }),
      ]);
    }
  });
});
