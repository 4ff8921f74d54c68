import {
  isAreaType,
  isFounderBackground,
  isFoundingPartner,
  isFundingSource,
  isOrganizationCategory,
  isPriorityGroup,
  isServiceField,
} from '@civic/domain/organizations';
import type { PriorityOrganization, PriorityProject } from './priority-score';

// rule R13: refuse codes outside the R1/R7/R8/R9 lists rather than silently scoring them as 0.
export function assertPriorityInputs(org: PriorityOrganization, project: PriorityProject): void {
  if (!isAreaType(org?.areaType)) throw new RangeError(`unknown areaType ${String(org?.areaType)}`);
  if (!isOrganizationCategory(org.category)) {
    throw new RangeError(`unknown category ${String(org.category)}`);
  }
  for (const flag of ['takesGovernmentFunctions', 'graduatedFromIncubation'] as const) {
    if (typeof org[flag] !== 'boolean') throw new RangeError(`${flag} must be a boolean`);
  }
  if (org.founderBackground != null && !isFounderBackground(org.founderBackground)) {
    throw new RangeError(`unknown founderBackground ${String(org.founderBackground)}`);
  }
  // rule R9: the founding facts are optional (snapshots stored before R9 lack them), never unknown.
  const founding = [
    ['fundingSource', org.fundingSource, isFundingSource],
    ['foundingPartner', org.foundingPartner, isFoundingPartner],
    ['serviceField', org.serviceField, isServiceField],
  ] as const;
  for (const [name, value, known] of founding) {
    if (value != null && !known(value)) throw new RangeError(`unknown ${name} ${String(value)}`);
  }
  if (project?.areaType !== undefined && !isAreaType(project.areaType)) {
    throw new RangeError(`unknown project areaType ${String(project.areaType)}`);
  }
  if (!Array.isArray(project.servedGroups)) {
    throw new RangeError('servedGroups must be an array of priority groups');
  }
  const unknown = project.servedGroups.filter((g) => !isPriorityGroup(g));
  if (unknown.length > 0) {
    throw new RangeError(`unknown priority groups: ${unknown.map(String).join(', ')}`);
  }
}
