import {
  FOUNDER_BACKGROUND_LABELS_ZH,
  FOUNDING_PARTNER_LABELS_ZH,
  FoundingPartner,
  FUNDING_SOURCE_LABELS_ZH,
  PRIORITY_GROUP_LABELS_ZH,
  SERVICE_FIELD_LABELS_ZH,
} from '@civic/domain/organizations';
import { PriorityFactor } from './priority-reason';

type FounderFactor = Extract<PriorityFactor, { code: 'PRIORITY_FOUNDER' }>;

const FUNDER_EN: Record<FounderFactor['fundingSource'], string> = {
  INDIVIDUAL: 'an individual',
  ENTERPRISE: 'an enterprise with idle resources or expertise',
};
const PARTNER_EN: Record<FoundingPartner, string> = {
  NONE: '',
  STREET_OR_TOWNSHIP: ', jointly with a street office or township government',
  RESIDENTS_COMMITTEE: ', jointly with a residents’ or villagers’ committee',
};
const FIELD_EN: Record<FounderFactor['field'], string> = {
  ELDERCARE_CHILDCARE: 'eldercare and childcare',
  PUBLIC_WELFARE: 'public welfare',
  SOCIAL_WELFARE: 'social welfare',
  CULTURE_SPORTS: 'culture and sport',
  SCIENCE_POPULARIZATION: 'science popularization',
  HEALTH: 'health',
};

const english = (code: string) => code.toLowerCase().replace(/_/g, ' ');

// rule R13: the English and Chinese text of one priority reason, ending with its points.
export function reasonTexts(
  factor: PriorityFactor,
  points: number,
): { message: string; messageZh: string } {
  const [en, zh] = describe(factor);
  return { message: `${en}: +${points}`, messageZh: `${zh}：+${points}` };
}

function describe(factor: PriorityFactor): [string, string] {
  switch (factor.code) {
    case 'RURAL':
      if (factor.ruralOrganization && factor.ruralProject) {
        return ['rural organization and rural project', '农村社区社会组织、农村服务项目'];
      }
      return factor.ruralOrganization
        ? ['rural organization', '农村社区社会组织']
        : ['rural project', '农村服务项目'];
    case 'PUBLIC_WELFARE':
      return ['public-welfare and charity organization', '公益慈善类社区社会组织'];
    case 'LIFE_SERVICE':
      return ['life-service organization', '生活服务类社区社会组织'];
    case 'MUTUAL_AID':
      return ['residents’ mutual-aid organization', '居（村）民互助类社区社会组织'];
    case 'GOVERNMENT_FUNCTIONS':
      return ['takes on government functions', '承接政府职能'];
    case 'PRIORITY_GROUPS': {
      const { groups, each, cap } = factor;
      return [
        `serves ${groups.length} priority groups (${groups.map(english).join(', ')}), +${each} each, at most +${cap}`,
        `服务${groups.map((g) => PRIORITY_GROUP_LABELS_ZH[g]).join('、')} ${groups.length} 类重点群体，每类 +${each}，最高 +${cap}`,
      ];
    }
    case 'RURAL_FOUNDER':
      return [
        `rural organization founded by a ${english(factor.background)}`,
        `由${FOUNDER_BACKGROUND_LABELS_ZH[factor.background]}创办的农村社区社会组织`,
      ];
    case 'PRIORITY_FOUNDER':
      return founderTexts(factor);
    case 'INCUBATION_GRADUATE':
      return ['graduated from an incubation base', '从孵化基地出壳'];
  }
}

// rule R9: "organization funded by an individual, jointly with …, in eldercare and childcare" /
// "个人出资，联合居（村）委会举办的养老托育领域社区社会组织".
function founderTexts({ fundingSource, partner, field }: FounderFactor): [string, string] {
  const jointlyZh =
    partner === FoundingPartner.NONE ? '' : `，联合${FOUNDING_PARTNER_LABELS_ZH[partner]}`;
  return [
    `organization funded by ${FUNDER_EN[fundingSource]}${PARTNER_EN[partner]}, in ${FIELD_EN[field]}`,
    `${FUNDING_SOURCE_LABELS_ZH[fundingSource]}${jointlyZh}举办的${SERVICE_FIELD_LABELS_ZH[field]}领域社区社会组织`,
  ];
}
