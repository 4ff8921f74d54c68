import { api } from '../api/client';
import { unwrap } from '../api/errors';

/** A record's id as the path of its unmasking route. */
const byId = (id: string) => ({ params: { path: { id } } });

/**
 * The audited unmasking routes (R30, R31), one per record that keeps a phone or a payee account
 * sealed. Each answer is the numbers in full with the audit entry that recorded the showing; the
 * caller keeps it in component state only, never in the query cache.
 */
export const unmask = {
  proposalContact: (id: string) =>
    unwrap(api.POST('/api/v1/venture/proposals/{id}/contact/unmask', byId(id))),
  admissionContact: (id: string) =>
    unwrap(api.POST('/api/v1/incubation/admissions/{id}/contact/unmask', byId(id))),
  subsidyAccount: (incubateeId: string) =>
    unwrap(
      api.POST('/api/v1/incubation/incubatees/{id}/subsidy/account/unmask', byId(incubateeId)),
    ),
  directoryContact: (id: string) =>
    unwrap(api.POST('/api/v1/procurement/directory/{id}/contact/unmask', byId(id))),
  contractAccount: (id: string) =>
    unwrap(api.POST('/api/v1/procurement/contracts/{id}/account/unmask', byId(id))),
  applicationContact: (id: string) =>
    unwrap(api.POST('/api/v1/lottery/applications/{id}/contact/unmask', byId(id))),
  organizationContact: (id: string) =>
    unwrap(api.POST('/api/v1/organizations/{id}/contact/unmask', byId(id))),
};

/** A payee account as the UI writes it, masked or in full: holder, bank, number. */
export function accountText(account: {
  accountName: string;
  bankName: string;
  accountNumber: string;
}): string {
  return `${account.accountName} ${account.bankName} ${account.accountNumber}`;
}
