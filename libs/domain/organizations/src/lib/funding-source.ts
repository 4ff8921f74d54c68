import { isEnumMember } from './enum-member';

/**
 * Who funded the organization (出资方式). Residents founding it themselves is the default, and
 * what organizations registered before this was asked are taken to be. rule R1, rule R9
 */
export const FundingSource = {
  RESIDENTS: 'RESIDENTS',
  INDIVIDUAL: 'INDIVIDUAL',
  ENTERPRISE: 'ENTERPRISE',
} as const;
export type FundingSource = (typeof FundingSource)[keyof typeof FundingSource];

export const FUNDING_SOURCES: readonly FundingSource[] = Object.values(FundingSource);

/** Wording of the Guangxi guidance (R9 source). */
export const FUNDING_SOURCE_LABELS_ZH: Readonly<Record<FundingSource, string>> = {
  RESIDENTS: '居民自发',
  INDIVIDUAL: '个人出资',
  ENTERPRISE: '企业以闲置资源或专业优势出资',
};

// rule R9
export function isFundingSource(value: unknown): value is FundingSource {
  return isEnumMember(FUNDING_SOURCES, value);
}
