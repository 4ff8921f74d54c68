/** A bank account money can be paid to. */
export interface BankAccount {
  accountName: string;
  accountNumber: string;
  bankName: string;
}

/** The custodian keeping an organization's finances (委托财务托管, rule R3). */
export interface FinancialCustodian {
  custodianName: string;
  bankAccount: BankAccount;
}

/** Where a payment for an organization goes: its own account, or its custodian's (rule R3). */
export type PaidTo =
  { kind: 'ORGANIZATION' } | { kind: 'CUSTODIAN'; custodianName: string; accountName: string };

/** Who a payment is for (always the organization) and where it went. rule R3 */
export interface Payee {
  organizationId: string;
  paidTo: PaidTo;
}

export interface PayeeInput {
  organizationId: string;
  organizationName: string;
  bankAccount?: BankAccount;
  financialCustodian?: FinancialCustodian;
}

export type PayeeResolution =
  | {
      ok: true;
      payee: Payee;
      /** The account the bank transfer goes to. */
      bankAccount: BankAccount;
      /** "paid to X on behalf of Y" for a custodian, "paid to Y" otherwise. */
      description: string;
      descriptionZh: string;
    }
  | { ok: false; reason: 'NO_BANK_ACCOUNT'; message: string; messageZh: string };

/**
 * rule R3: where a payment for an organization goes. An organization whose finances are kept by a
 * custodian is paid into the custodian's account, recorded as on its behalf; the custodian wins
 * over the organization's own account while custody lasts. With neither there is nowhere to pay.
 */
export function payeeFor(input: PayeeInput): PayeeResolution {
  const { organizationId, organizationName, bankAccount, financialCustodian } = input;
  nonBlank(organizationId, 'organizationId');
  nonBlank(organizationName, 'organizationName');
  if (financialCustodian !== undefined) {
    nonBlank(financialCustodian.custodianName, 'financialCustodian.custodianName');
    assertBankAccount(financialCustodian.bankAccount, 'financialCustodian.bankAccount');
    const { custodianName, bankAccount: custodianAccount } = financialCustodian;
    return {
      ok: true,
      payee: {
        organizationId,
        paidTo: { kind: 'CUSTODIAN', custodianName, accountName: custodianAccount.accountName },
      },
      bankAccount: custodianAccount,
      description: `paid to ${custodianName} (account ${custodianAccount.accountName}) on behalf of ${organizationName}`,
      descriptionZh: `由${custodianName}（账户名 ${custodianAccount.accountName}）代${organizationName}收款`,
    };
  }
  if (bankAccount !== undefined) {
    assertBankAccount(bankAccount, 'bankAccount');
    return {
      ok: true,
      payee: { organizationId, paidTo: { kind: 'ORGANIZATION' } },
      bankAccount,
      description: `paid to ${organizationName} (account ${bankAccount.accountName})`,
      descriptionZh: `付至${organizationName}（账户名 ${bankAccount.accountName}）`,
    };
  }
  return {
    ok: false,
    reason: 'NO_BANK_ACCOUNT',
    message: `${organizationName} has neither a bank account nor a financial custodian to pay`,
    messageZh: `${organizationName}既无收款账户也无财务托管机构，无法付款`,
  };
}

// rule R3: the memo of a settlement, naming the custodian and "on behalf of" when there is one.
export function payeeMemo(payee: Payee): string {
  const { organizationId, paidTo } = payee;
  return paidTo.kind === 'CUSTODIAN'
    ? `paid to custodian ${paidTo.custodianName} (account ${paidTo.accountName}) on behalf of organization ${organizationId}`
    : `paid to organization ${organizationId}`;
}

// rule R3: a payee must name its organization, and a custodian payee its custodian and account.
export function assertPayee(payee: Payee): void {
  nonBlank(payee?.organizationId, 'payee.organizationId');
  const kind = payee.paidTo?.kind;
  if (kind === 'CUSTODIAN') {
    nonBlank(payee.paidTo.custodianName, 'payee.paidTo.custodianName');
    nonBlank(payee.paidTo.accountName, 'payee.paidTo.accountName');
  } else if (kind !== 'ORGANIZATION') {
    throw new RangeError(`rule R3: payee.paidTo.kind must be ORGANIZATION or CUSTODIAN`);
  }
}

function assertBankAccount(account: BankAccount, field: string): void {
  nonBlank(account?.accountName, `${field}.accountName`);
  nonBlank(account.accountNumber, `${field}.accountNumber`);
  nonBlank(account.bankName, `${field}.bankName`);
}

function nonBlank(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RangeError(`rule R3: ${field} must be a non-empty string`);
  }
}
