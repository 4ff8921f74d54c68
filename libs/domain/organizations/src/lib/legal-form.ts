import { isEnumMember } from './enum-member';

/**
 * An organization's legal form: a social group, as community social organizations are (the
 * default, and what organizations registered before this was asked are taken to be), or a
 * foundation (基金会), which R2's registered-funds minimum excepts. rule R2
 */
export const LegalForm = {
  SOCIAL_GROUP: 'SOCIAL_GROUP',
  FOUNDATION: 'FOUNDATION',
} as const;
export type LegalForm = (typeof LegalForm)[keyof typeof LegalForm];

export const LEGAL_FORMS: readonly LegalForm[] = Object.values(LegalForm);

export const LEGAL_FORM_LABELS_ZH: Readonly<Record<LegalForm, string>> = {
  SOCIAL_GROUP: '社会团体（社区社会组织）',
  FOUNDATION: '基金会',
};

// rule R2
export function isLegalForm(value: unknown): value is LegalForm {
  return isEnumMember(LEGAL_FORMS, value);
}
