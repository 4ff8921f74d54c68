import { BankAccount, payeeFor } from './payee';

const own: BankAccount = {
  accountName: '邕宁区爱心助老协会',
  accountNumber: '6222 0001',
  bankName: '农业银行',
};
const custodianAccount: BankAccount = {
  accountName: '街道社会组织托管专户',
  accountNumber: '6222 0002',
  bankName: '北部湾银行',
};
const custodian = { custodianName: '蒲庙镇社会组织服务中心', bankAccount: custodianAccount };

describe('rule R3: payeeFor', () => {
  it('rule R3: an organization with its own account is paid directly', () => {
    expect(
      payeeFor({ organizationId: 'org-1', organizationName: '爱心助老协会', bankAccount: own }),
    ).toEqual({
      ok: true,
      payee: { organizationId: 'org-1', paidTo: { kind: 'ORGANIZATION' } },
      bankAccount: own,
      description: 'paid to 爱心助老协会 (account 邕宁区爱心助老协会)',
      descriptionZh: '付至爱心助老协会（账户名 邕宁区爱心助老协会）',
    });
  });

  it.each([
    ['without its own account', undefined],
    ['even with its own account', own],
  ])(
    'rule R3: an organization in custody is paid through the custodian, on its behalf, %s',
    (_name, bankAccount) => {
      expect(
        payeeFor({
          organizationId: 'org-2',
          organizationName: '互助会',
          bankAccount,
          financialCustodian: custodian,
        }),
      ).toEqual({
        ok: true,
        payee: {
          organizationId: 'org-2',
          paidTo: {
            kind: 'CUSTODIAN',
            custodianName: '蒲庙镇社会组织服务中心',
            accountName: '街道社会组织托管专户',
          },
        },
        bankAccount: custodianAccount,
        description:
          'paid to 蒲庙镇社会组织服务中心 (account 街道社会组织托管专户) on behalf of 互助会',
        descriptionZh: '由蒲庙镇社会组织服务中心（账户名 街道社会组织托管专户）代互助会收款',
      });
    },
  );

  it('rule R3: with neither an account nor a custodian there is nowhere to pay', () => {
    expect(payeeFor({ organizationId: 'org-3', organizationName: '读书会' })).toEqual({
      ok: false,
      reason: 'NO_BANK_ACCOUNT',
      message: '读书会 has neither a bank account nor a financial custodian to pay',
      messageZh: '读书会既无收款账户也无财务托管机构，无法付款',
    });
  });

  it.each([
    [
      'a blank organization id',
      { organizationId: ' ', organizationName: 'x', bankAccount: own },
      'organizationId',
    ],
    [
      'a blank name',
      { organizationId: 'o', organizationName: '', bankAccount: own },
      'organizationName',
    ],
    [
      'an account without a number',
      { organizationId: 'o', organizationName: 'x', bankAccount: { ...own, accountNumber: '' } },
      'bankAccount.accountNumber',
    ],
    [
      'a custodian without a name',
      {
        organizationId: 'o',
        organizationName: 'x',
        financialCustodian: { ...custodian, custodianName: '' },
      },
      'financialCustodian.custodianName',
    ],
  ])('rule R3: refuses %s', (_name, input, field) => {
    expect(() => payeeFor(input)).toThrow(`rule R3: ${field} must be a non-empty string`);
  });
});
