import { organizationBody, subsidyApplicationBody } from '@civic/testing';
// validatePlain runs the nested-shape check the gateway's validation pipe adds (validation.pipe.ts)
import {
  PayloadValidationError,
  RegisterOrganizationDto,
  SubmitApplicationDto,
  validatePlain,
} from '@civic/contracts';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PayloadValidationError) return error.violations;
    throw error;
  }
  throw new Error('accepted');
};

describe('nested objects are objects, and required ones are present (R4)', () => {
  const organization = () =>
    JSON.parse(JSON.stringify(organizationBody())) as Record<string, unknown>;

  it('accepts a whole registration', () => {
    expect(() => validatePlain(RegisterOrganizationDto, organization())).not.toThrow();
  });

  it('refuses a registration without its location or postal address, naming the field', () => {
    const { location: _location, ...noLocation } = organization();
    expect(refusal(() => validatePlain(RegisterOrganizationDto, noLocation))).toEqual([
      expect.objectContaining({ field: 'location', rule: 'isDefined' }),
    ]);
    const { postalAddress: _postal, ...noPostal } = organization();
    expect(refusal(() => validatePlain(RegisterOrganizationDto, noPostal))).toEqual([
      expect.objectContaining({ field: 'postalAddress', rule: 'isDefined' }),
    ]);
  });

  it('refuses an empty array where an object is expected', () => {
    expect(
      refusal(() =>
        validatePlain(RegisterOrganizationDto, { ...organization(), postalAddress: [] }),
      ),
    ).toEqual([expect.objectContaining({ field: 'postalAddress', rule: 'isObject' })]);
  });

  it('refuses an application without its bank account, or with a list in its place', () => {
    const body = JSON.parse(
      JSON.stringify(subsidyApplicationBody('6a1d6a3c-8d47-4e0b-a0c9-7d2f0f4b2e10')),
    ) as Record<string, unknown>;
    const { bankAccount: _account, ...noAccount } = body;
    expect(refusal(() => validatePlain(SubmitApplicationDto, noAccount))).toEqual([
      expect.objectContaining({ field: 'bankAccount', rule: 'isDefined' }),
    ]);
    expect(
      refusal(() => validatePlain(SubmitApplicationDto, { ...body, bankAccount: [] })),
    ).toEqual([expect.objectContaining({ field: 'bankAccount', rule: 'isObject' })]);
    expect(
      refusal(() => validatePlain(SubmitApplicationDto, { ...body, budgetLines: {} })),
    ).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'budgetLines' })]));
  });
});
