import { ConflictClauseCode, DeclaredRelation } from './conflict-types';
import { RelationKind } from './relation-kind';

type Texts = { message: string; messageZh: string };

const ARTICLE = '财库〔2016〕198号 art. 16';
const ARTICLE_ZH = '财库〔2016〕198号第十六条';

/** The clause each relation kind falls under. rule R18 */
export const CLAUSE_OF_KIND: Readonly<Record<RelationKind, ConflictClauseCode>> = Object.freeze({
  EMPLOYEE: 'EMPLOYMENT',
  DIRECTOR: 'DIRECTORSHIP',
  SUPERVISOR: 'SUPERVISION',
  CONTROLLER: 'CONTROL',
  SPOUSE: 'SPOUSE',
  LINEAL_RELATIVE: 'LINEAL',
  COLLATERAL_RELATIVE: 'COLLATERAL',
  CLOSE_IN_LAW: 'IN_LAW',
  OTHER: 'OTHER_RELATION',
});

const TIE_EN: Record<string, [string, string]> = {
  EMPLOYEE: ['is an employee of', 'was an employee of'],
  DIRECTOR: ['is a director of', 'was a director of'],
  SUPERVISOR: ['is a supervisor of', 'was a supervisor of'],
  CONTROLLER: ['is the controlling shareholder or actual controller of', 'was the controller of'],
};
const TIE_ZH: Record<string, (org: string) => string> = {
  EMPLOYEE: (org) => `与${org}存在劳动关系`,
  DIRECTOR: (org) => `担任${org}的董事（理事）`,
  SUPERVISOR: (org) => `担任${org}的监事`,
  CONTROLLER: (org) => `是${org}的控股股东或实际控制人`,
};

/**
 * rule R18: why an organization tie obliges recusal: it lasts (`countsUntil` null), or it ended
 * within the look-back and counts until `countsUntil`.
 */
export function organizationTexts(
  relation: DeclaredRelation,
  organization: string,
  lookbackYears: number,
  countsUntil: string | null,
): Texts {
  const [is, was] = TIE_EN[relation.kind];
  const zh = TIE_ZH[relation.kind](organization);
  if (countsUntil === null) {
    const until = relation.to === undefined ? '' : `, until ${relation.to}`;
    const untilZh = relation.to === undefined ? '' : `（至 ${relation.to}）`;
    return {
      message: `rule R18: the reviewer ${is} ${organization} (since ${relation.from}${until}) and must step aside (${ARTICLE})`,
      messageZh: `规则 R18：评审专家自 ${relation.from} 起${zh}${untilZh}，应当回避（${ARTICLE_ZH}）`,
    };
  }
  return {
    message: `rule R18: the reviewer ${was} ${organization} until ${relation.to}, within the last ${lookbackYears} years (it counts until ${countsUntil}), and must step aside (${ARTICLE})`,
    messageZh: `规则 R18：评审专家曾${zh}，至 ${relation.to} 止，${lookbackYears} 年内（至 ${countsUntil}）仍须回避（${ARTICLE_ZH}）`,
  };
}

// rule R18: why a kinship with one of the applicant's people obliges recusal.
export function kinshipTexts(
  relation: DeclaredRelation,
  person: { name: string; role: string },
  collateralGenerations: number,
): Texts {
  const role = person.role.trim();
  const whoEn = `${person.name}${role === '' ? '' : ` (${role} of the applicant)`}`;
  const whoZh = `申请组织${role}${person.name}`;
  const [tie, tieZh] =
    relation.kind === 'SPOUSE'
      ? ['the spouse', '配偶']
      : relation.kind === 'LINEAL_RELATIVE'
        ? ['a lineal relative', '直系血亲']
        : relation.kind === 'CLOSE_IN_LAW'
          ? ['a close relative by marriage', '近姻亲']
          : [
              `a collateral relative within ${collateralGenerations} generations (${relation.generations})`,
              `${collateralGenerations} 代以内旁系血亲（${relation.generations} 代）`,
            ];
  return {
    message: `rule R18: the reviewer is ${tie} of ${whoEn} and must step aside (${ARTICLE})`,
    messageZh: `规则 R18：评审专家是${whoZh}的${tieZh}，应当回避（${ARTICLE_ZH}）`,
  };
}

/**
 * rule R18: why another relation (art. 16's catch-all: 与供应商有其他可能影响政府采购活动公平、公正进行
 * 的关系) obliges recusal: it ties the reviewer to the applicant organization or to one of its
 * people, and the reviewer described it.
 */
export function otherRelationTexts(
  relation: DeclaredRelation,
  party: { organization: string } | { person: { name: string; role: string } },
): Texts {
  const description = (relation.description as string).trim();
  let whoEn: string;
  let whoZh: string;
  if ('organization' in party) {
    whoEn = party.organization;
    whoZh = party.organization;
  } else {
    const role = party.person.role.trim();
    whoEn = `${party.person.name}${role === '' ? '' : ` (${role} of the applicant)`}`;
    whoZh = `申请组织${role}${party.person.name}`;
  }
  const until = relation.to === undefined ? '' : `, until ${relation.to}`;
  const untilZh = relation.to === undefined ? '' : `（至 ${relation.to}）`;
  return {
    message: `rule R18: the reviewer has another relation with ${whoEn} that could affect a fair review ("${description}", since ${relation.from}${until}) and must step aside (${ARTICLE})`,
    messageZh: `规则 R18：评审专家自 ${relation.from} 起与${whoZh}存在其他可能影响公正评审的关系（${description}）${untilZh}，应当回避（${ARTICLE_ZH}）`,
  };
}
