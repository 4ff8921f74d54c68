import type { TFunction } from 'i18next';

/**
 * The fields of expertise the expert pools know by a code (R18), as the seeds and imports write
 * them: `eldercare`, `social-work`, `ELDERCARE`…; issue #18: shown by their labels, never the code.
 */
export const KNOWN_EXPERTISE = [
  'eldercare',
  'childcare',
  'disability',
  'social-work',
  'community-governance',
  'public-welfare',
  'health',
  'education',
  'law',
  'finance',
  'audit',
] as const;

/** A field's label in the UI language when it is a known code; what the officer typed otherwise. */
export function expertiseLabel(field: string, t: TFunction): string {
  const code = field.trim().toLowerCase().replace(/_/g, '-');
  return (KNOWN_EXPERTISE as readonly string[]).includes(code)
    ? t(`venture.reviewers.expertise.${code}`)
    : field;
}
