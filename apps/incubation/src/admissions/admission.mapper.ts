import type { AdmissionView } from '@civic/contracts';
import type { AdmissionApplication } from './admission.entity';

export function admissionView(a: AdmissionApplication, cohortName: string): AdmissionView {
  return {
    id: a.id,
    cohortId: a.cohortId,
    cohortName,
    kind: a.kind,
    ...(a.organizationId ? { organizationId: a.organizationId } : {}),
    name: a.name,
    ...(a.founders !== null ? { founders: a.founders } : {}),
    category: a.category,
    areaType: a.areaType,
    countyCode: a.countyCode,
    streetCode: a.streetCode,
    servedGroups: a.servedGroups,
    plan: a.plan,
    contactName: a.contactName,
    contactPhone: a.contactPhoneMasked, // R30: masked in every list and view
    priority: a.priority,
    screening: a.screening,
    ...(a.merit !== null ? { merit: a.merit } : {}),
    status: a.status,
    ...(a.decision ? { decision: a.decision } : {}),
    submittedAt: new Date(a.submittedAt ?? Date.now()).toISOString(),
    answers: a.answers ?? {},
    formVersion: a.formVersion ?? 0,
  };
}
