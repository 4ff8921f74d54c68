import type {
  BankAccountV1,
  CommitmentRequestedV1,
  CommitmentRequestedV2,
  CustodianV1,
  DisbursementRequestedV1,
  DisbursementRequestedV2,
  SealedBankAccountV2,
  SealedCustodianV2,
} from '@civic/contracts';
import { type PersonalDataCipher, PersonalDataError } from '@civic/platform/pii';
import { sealedFromV1 } from './sealed-account';

/**
 * A payment request as finance handles it, whichever message version brought it: v2's shape,
 * every account number sealed (R30). A v1 request (in flight when the programmes moved to v2)
 * is sealed as it comes in (`disbursementFromV1`), so no path keeps a number in the clear.
 */
export type PaymentRequest = DisbursementRequestedV2;

/** A commitment request as finance handles it, whichever version brought it (see PaymentRequest). */
export type CommitmentRequest = CommitmentRequestedV2;

interface PlainAccounts {
  bankAccount?: BankAccountV1;
  financialCustodian?: CustodianV1;
}

interface SealedAccounts {
  bankAccount?: SealedBankAccountV2;
  financialCustodian?: SealedCustodianV2;
}

/** `finance.disbursement-requested.v1` in v2's shape: its account numbers sealed here (R30). */
export function disbursementFromV1(
  cipher: PersonalDataCipher,
  request: DisbursementRequestedV1,
): PaymentRequest {
  const { bankAccount, financialCustodian, ...fields } = request;
  return { ...fields, ...sealedAccounts(cipher, { bankAccount, financialCustodian }) };
}

/**
 * `finance.commitment-requested.v1` in v2's shape: its payment's account numbers sealed (R30), and
 * its recipient unknown (v1 named none; issue #18 counts its money as "area unknown").
 */
export function commitmentFromV1(
  cipher: PersonalDataCipher,
  request: CommitmentRequestedV1,
): CommitmentRequest {
  const { payment, ...fields } = request;
  if (!payment) return { ...fields, recipient: null };
  const { bankAccount, financialCustodian, ...paymentFields } = payment;
  return {
    ...fields,
    recipient: null,
    payment: { ...paymentFields, ...sealedAccounts(cipher, { bankAccount, financialCustodian }) },
  };
}

/**
 * R30: every sealed number in a request is a token of finance's key, unaltered, checked without
 * opening it (only the payment executor does). Otherwise it throws, naming the field and never the
 * token: the message is retried (a key being rotated may yet arrive) and then stays in the
 * queue's failed set, and nothing is stored or paid.
 */
export function assertFinanceCanOpen(cipher: PersonalDataCipher, request: SealedAccounts): void {
  const accounts: [string, SealedBankAccountV2 | undefined][] = [
    ['bankAccount', request.bankAccount],
    ['financialCustodian.bankAccount', request.financialCustodian?.bankAccount],
  ];
  for (const [field, account] of accounts) {
    if (!account) continue;
    try {
      cipher.verify(account.accountNumberSealed);
    } catch (error) {
      if (!(error instanceof PersonalDataError)) throw error;
      throw new PersonalDataError(
        `rule R30: ${field}.accountNumberSealed cannot be opened by finance: ${error.message}`,
      );
    }
  }
}

function sealedAccounts(cipher: PersonalDataCipher, plain: PlainAccounts): SealedAccounts {
  const { bankAccount, financialCustodian } = plain;
  return {
    ...(bankAccount ? { bankAccount: sealedFromV1(cipher, bankAccount) } : {}),
    ...(financialCustodian
      ? {
          financialCustodian: {
            custodianName: financialCustodian.custodianName,
            bankAccount: sealedFromV1(cipher, financialCustodian.bankAccount),
          },
        }
      : {}),
  };
}
