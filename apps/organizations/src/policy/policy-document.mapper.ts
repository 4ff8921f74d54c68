import type { PolicyDocumentView } from '@civic/contracts';
import { RULE_OF_KIND } from '@civic/domain/policy';
import type { PolicyDocument } from './policy-document.entity';

/** A stored version as the API shows it; `public` leaves out who proposed and decided it. */
export function policyView(doc: PolicyDocument, audience: 'staff' | 'public'): PolicyDocumentView {
  const staff = audience === 'staff';
  return {
    id: doc.id,
    kind: doc.kind,
    regionCode: doc.regionCode,
    version: doc.version,
    effectiveFrom: doc.effectiveFrom,
    body: doc.body,
    status: doc.status,
    reason: doc.reason,
    proposedBy: staff ? doc.proposedBy : '',
    proposedByName: staff ? doc.proposedByName : '',
    proposedAt: doc.proposedAt.toISOString(),
    decidedBy: staff ? doc.decidedBy : null,
    decidedByName: staff ? doc.decidedByName : null,
    decidedAt: doc.decidedAt?.toISOString() ?? null,
    decisionNote: staff ? doc.decisionNote : null,
    rule: RULE_OF_KIND[doc.kind],
  };
}
