import { isEnumMember } from './enum-member';

/**
 * Whether the organization was founded alone (the default) or jointly with a street office or
 * township government, or with a residents' or villagers' committee (单独或联合举办). rule R9
 */
export const FoundingPartner = {
  NONE: 'NONE',
  STREET_OR_TOWNSHIP: 'STREET_OR_TOWNSHIP',
  RESIDENTS_COMMITTEE: 'RESIDENTS_COMMITTEE',
} as const;
export type FoundingPartner = (typeof FoundingPartner)[keyof typeof FoundingPartner];

export const FOUNDING_PARTNERS: readonly FoundingPartner[] = Object.values(FoundingPartner);

export const FOUNDING_PARTNER_LABELS_ZH: Readonly<Record<FoundingPartner, string>> = {
  NONE: '独立举办',
  STREET_OR_TOWNSHIP: '街道办/乡镇政府',
  RESIDENTS_COMMITTEE: '居（村）委会',
};

// rule R9
export function isFoundingPartner(value: unknown): value is FoundingPartner {
  return isEnumMember(FOUNDING_PARTNERS, value);
}
