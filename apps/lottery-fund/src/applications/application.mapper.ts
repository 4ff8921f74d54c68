import type { ApplicationView } from '@civic/contracts';
import { totalBeneficiaries } from '@civic/domain/lottery';
import type { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import type { SubsidyApplication } from './entities/subsidy-application.entity';

export function applicationView(
  a: SubsidyApplication,
  programme: SubsidyProgramme,
): ApplicationView {
  return {
    id: a.id,
    programmeId: a.programmeId,
    programmeName: programme.name,
    fiscalYear: programme.fiscalYear,
    purpose: programme.purpose,
    organizationId: a.organizationId,
    organizationName: a.organizationName,
    organizationAreaType: a.organizationAreaType,
    projectName: a.projectName,
    projectAreaType: a.projectAreaType,
    beneficiaries: a.beneficiaries,
    beneficiaryTotal: totalBeneficiaries(a.beneficiaries),
    budgetLines: a.budgetLines,
    requestedFen: a.requestedFen,
    contactName: a.contactName,
    contactPhone: a.contactPhoneMasked, // R30: masked in every list and view
    bankAccount: {
      accountName: a.bankAccount.accountName,
      bankName: a.bankAccount.bankName,
      bankCode: a.bankAccount.bankCode ?? '',
      accountNumber: a.bankAccount.accountNumberMasked, // R30: masked, as the phone
    },
    status: a.status,
    priority: a.priority,
    ...(a.merit !== null && a.merit !== undefined ? { merit: a.merit } : {}),
    submittedAt: new Date(a.submittedAt ?? Date.now()).toISOString(),
    ...(a.decision ? { decision: a.decision } : {}),
    ...(a.statusReason ? { statusReason: a.statusReason } : {}),
    ...(a.paymentId && a.paymentState && a.paymentState !== 'NOT_REQUESTED'
      ? {
          payment: {
            paymentId: a.paymentId,
            ...(a.bankReference ? { bankReference: a.bankReference } : {}),
            ...(a.paidAt ? { paidAt: new Date(a.paidAt).toISOString() } : {}),
            ...(a.custodianName ? { custodianName: a.custodianName } : {}),
          },
        }
      : {}),
    // issue #17: for the applicant and the officers only; never in a notice (R23).
    answers: a.answers ?? {},
    formVersion: a.formVersion ?? 0,
  };
}
