import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { PolicyCopy } from '@civic/platform/policy-copies';
import { TimelinessTally } from '@civic/platform/programme-kit';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import { Award } from './awards/award.entity';
import { Tranche } from './awards/tranche.entity';
import { VentureCall } from './calls/call.entity';
import { MIGRATIONS } from './migrations';
import { Proposal } from './proposals/proposal.entity';
import { ReviewAssignment } from './reviews/assignment.entity';
import { Recusal } from './reviews/recusal.entity';
import { Reviewer } from './reviews/reviewer.entity';

/** The venture service's own schema: calls, proposals, reviewers, draws, scores, awards, tranches. */
export const VENTURE_DATABASE: ServiceDatabase = {
  schema: 'venture',
  entities: [
    VentureCall,
    Proposal,
    Reviewer,
    ReviewAssignment,
    Recusal,
    Award,
    Tranche,
    OrganizationSnapshot,
    PolicyCopy,
    TimelinessTally,
    ...MESSAGING_ENTITIES,
    ...AUDIT_ENTITIES,
  ],
  migrations: MIGRATIONS,
};
