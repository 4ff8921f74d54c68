import type { OrganizationView } from '../../api/types';
import type { ApplyFormValues } from './form-values';

/** What the form can take from the organization's profile, and what it must still be told. */
export interface Prefill {
  contactName: string;
  /** The custodian's account (R3) without its number, which the profile shows masked (R30). */
  bankAccount?: Pick<ApplyFormValues['bankAccount'], 'accountName' | 'bankCode' | 'bankName'>;
  /** The organization's finances are kept by a custodian, whose account finance pays (R3). */
  custodianName?: string;
}

/**
 * The contact and bank details an application can start from (issue #18), from the profile the
 * applicant's organization keeps (R4: a contact; R3: a custodian's account under custody). The
 * profile shows the phone and the account number masked (R30), so those are never filled in: the
 * applicant types them.
 */
export function prefillFromOrganization(organization: OrganizationView): Prefill {
  const custodian = organization.financialCustodian;
  return {
    contactName: organization.postalAddress.contactName,
    ...(custodian
      ? {
          bankAccount: {
            accountName: custodian.accountName,
            bankCode: custodian.bankCode as ApplyFormValues['bankAccount']['bankCode'],
            bankName: custodian.bankName,
          },
          custodianName: custodian.name,
        }
      : {}),
  };
}

/** The form's fields a prefill sets, as name paths: only those the applicant left empty. */
export function prefillFields(
  prefill: Prefill,
  isEmpty: (name: (string | number)[]) => boolean,
): { name: (string | number)[]; value: string }[] {
  const fields = [
    { name: ['contactName'], value: prefill.contactName },
    ...Object.entries(prefill.bankAccount ?? {}).map(([key, value]) => ({
      name: ['bankAccount', key],
      value,
    })),
  ];
  return fields.filter((f) => f.value && isEmpty(f.name));
}
