import { randomBytes } from 'node:crypto';
import { mayUnmaskOf, openedAccount } from './audited-unmasking';
import { PersonalDataCipher } from './personal-data-cipher';
import { sealPayeeAccount } from './sealed-contact';

const ORG_A = '5d0c3a8e-1f2b-4c6d-8e9f-0a1b2c3d4e5f';
const ORG_B = '7e1d4b9f-2a3c-4d7e-9f0a-1b2c3d4e5f60';

describe('whose phone and account numbers an actor may see in full (R30)', () => {
  it.each([
    ['a programme officer', { roles: ['programme_officer'] }],
    ['a finance maker (pays every programme, R28)', { roles: ['finance_maker'] }],
    ['a finance checker (R28)', { roles: ['finance_checker'] }],
  ])("lets %s see any organization's record and one of no organization", (_who, actor) => {
    expect(mayUnmaskOf(actor, ORG_A)).toBe(true);
    expect(mayUnmaskOf(actor, null)).toBe(true);
  });

  it("lets an actor bound to an organization see its own record, never another's (answered as unknown, issue #15)", () => {
    const applicant = { roles: ['applicant'], organizationId: ORG_A };
    expect(mayUnmaskOf(applicant, ORG_A)).toBe(true);
    expect(mayUnmaskOf(applicant, ORG_B)).toBe(false);
    expect(mayUnmaskOf(applicant, null)).toBe(false);
  });

  it('lets an applicant bound to no organization, a street officer or base staff see none', () => {
    expect(mayUnmaskOf({ roles: ['applicant'] }, ORG_A)).toBe(false);
    const street = { roles: ['street_officer'], streetCode: '450103001' };
    expect(mayUnmaskOf(street, ORG_A)).toBe(false);
    expect(mayUnmaskOf({ roles: ['incubation_staff'], baseId: ORG_B }, ORG_A)).toBe(false);
  });
});

describe('a payee account opened for an unmasking (R30)', () => {
  it('gives the number in full with holder and bank, and no bank code or sealed token', () => {
    const cipher = new PersonalDataCipher(randomBytes(32).toString('base64'), 'k1');
    const sealed = sealPayeeAccount(cipher, {
      accountName: '青秀区长者关爱协会',
      accountNumber: '6222 0201 0200 3456 789',
      bankCode: '313',
      bankName: '广西北部湾银行南宁分行',
    });
    expect(openedAccount(cipher, sealed)).toEqual({
      accountNumber: '6222020102003456789',
      accountName: '青秀区长者关爱协会',
      bankName: '广西北部湾银行南宁分行',
    });
  });
});
