import {
  AreaType,
  FounderBackground,
  FoundingPartner,
  FundingSource,
  isR9PriorityFounding,
  OrganizationCategory,
  PriorityGroup,
  ServiceField,
} from '@civic/domain/organizations';
import { assertPriorityInputs } from './priority-inputs';
import { assertPriorityPolicy, PriorityPolicy } from './priority-policy';
import { PriorityFactor, PriorityReason, type PriorityRule } from './priority-reason';
import { reasonTexts } from './priority-reason-texts';

export interface PriorityOrganization {
  areaType: AreaType;
  category: OrganizationCategory;
  takesGovernmentFunctions: boolean;
  founderBackground?: FounderBackground | null;
  graduatedFromIncubation: boolean;
  /** rule R9: how it was founded and its field; absent from snapshots stored before R9. */
  fundingSource?: FundingSource | null;
  foundingPartner?: FoundingPartner | null;
  serviceField?: ServiceField | null;
}

export interface PriorityProject {
  areaType?: AreaType;
  servedGroups: readonly PriorityGroup[];
}

export interface PriorityScore {
  bonus: number;
  policyVersion: string;
  reasons: PriorityReason[];
}

// rule R13: the priority bonus of an organization and project, one reason per factor that applies.
export function priorityScore(
  org: PriorityOrganization,
  project: PriorityProject,
  policy: PriorityPolicy,
): PriorityScore {
  assertPriorityInputs(org, project);
  assertPriorityPolicy(policy);
  const reasons = applicableFactors(org, project, policy).map(({ factor, rule, points }) => ({
    code: factor.code,
    rule,
    points,
    ...reasonTexts(factor, points),
  }));
  const bonus = reasons.reduce((sum, r) => sum + r.points, 0);
  return { bonus, policyVersion: policy.version, reasons };
}

function applicableFactors(
  org: PriorityOrganization,
  project: PriorityProject,
  { bonuses: b }: PriorityPolicy,
): { factor: PriorityFactor; rule: PriorityRule; points: number }[] {
  const ruralOrganization = org.areaType === AreaType.RURAL;
  const ruralProject = project.areaType === AreaType.RURAL;
  const groups = [...new Set(project.servedGroups)];
  const factors: { factor: PriorityFactor; rule: PriorityRule; points: number }[] = [];
  if (ruralOrganization || ruralProject) {
    factors.push({
      factor: { code: 'RURAL', ruralOrganization, ruralProject },
      rule: 'R13',
      points: b.rural,
    });
  }
  if (org.category === OrganizationCategory.PUBLIC_WELFARE) {
    factors.push({ factor: { code: 'PUBLIC_WELFARE' }, rule: 'R13', points: b.publicWelfare });
  }
  // rule R6: life-service and mutual-aid organizations have a bonus of their own, from the policy
  // version that brought it (2026.2); a score under an earlier version has none.
  if (org.category === OrganizationCategory.LIFE_SERVICE && b.lifeService !== undefined) {
    factors.push({ factor: { code: 'LIFE_SERVICE' }, rule: 'R6', points: b.lifeService });
  }
  if (org.category === OrganizationCategory.MUTUAL_AID && b.mutualAid !== undefined) {
    factors.push({ factor: { code: 'MUTUAL_AID' }, rule: 'R6', points: b.mutualAid });
  }
  if (org.takesGovernmentFunctions) {
    factors.push({
      factor: { code: 'GOVERNMENT_FUNCTIONS' },
      rule: 'R13',
      points: b.governmentFunctions,
    });
  }
  if (groups.length > 0) {
    const { perPriorityGroup: each, priorityGroupsCap: cap } = b;
    const factor: PriorityFactor = { code: 'PRIORITY_GROUPS', groups, each, cap };
    factors.push({ factor, rule: 'R13', points: Math.min(groups.length * each, cap) });
  }
  if (ruralOrganization && org.founderBackground != null) {
    const factor: PriorityFactor = { code: 'RURAL_FOUNDER', background: org.founderBackground };
    factors.push({ factor, rule: 'R8', points: b.ruralFounder });
  }
  // rule R9: founded with an individual's or an enterprise's funds, alone or jointly, in one of the
  // six fields; a bonus from the policy version that brought it (2026.2), none under 2026.1.
  if (b.priorityFounder !== undefined && isR9PriorityFounding(org)) {
    const factor: PriorityFactor = {
      code: 'PRIORITY_FOUNDER',
      fundingSource: org.fundingSource,
      partner: org.foundingPartner ?? FoundingPartner.NONE,
      field: org.serviceField,
    };
    factors.push({ factor, rule: 'R9', points: b.priorityFounder });
  }
  if (org.graduatedFromIncubation) {
    factors.push({
      factor: { code: 'INCUBATION_GRADUATE' },
      rule: 'R13',
      points: b.incubationGraduate,
    });
  }
  return factors;
}
