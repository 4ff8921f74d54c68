import { isEnumMember } from './enum-member';

/**
 * The field an organization works in (举办领域): the six of R9, or another (the default, and what
 * organizations registered before this was asked are taken to be). rule R9
 */
export const ServiceField = {
  ELDERCARE_CHILDCARE: 'ELDERCARE_CHILDCARE',
  PUBLIC_WELFARE: 'PUBLIC_WELFARE',
  SOCIAL_WELFARE: 'SOCIAL_WELFARE',
  CULTURE_SPORTS: 'CULTURE_SPORTS',
  SCIENCE_POPULARIZATION: 'SCIENCE_POPULARIZATION',
  HEALTH: 'HEALTH',
  OTHER: 'OTHER',
} as const;
export type ServiceField = (typeof ServiceField)[keyof typeof ServiceField];

export const SERVICE_FIELDS: readonly ServiceField[] = Object.values(ServiceField);

/** Wording of the Guangxi guidance (R9 source). */
export const SERVICE_FIELD_LABELS_ZH: Readonly<Record<ServiceField, string>> = {
  ELDERCARE_CHILDCARE: '养老托育',
  PUBLIC_WELFARE: '公益事业',
  SOCIAL_WELFARE: '社会福利',
  CULTURE_SPORTS: '文化体育',
  SCIENCE_POPULARIZATION: '科普',
  HEALTH: '卫生健康',
  OTHER: '其他',
};

// rule R9
export function isServiceField(value: unknown): value is ServiceField {
  return isEnumMember(SERVICE_FIELDS, value);
}
