import { useTranslation } from 'react-i18next';

/** Every code under an i18n key, dotted (`tier.decided`), from its nested labels. */
function codesUnder(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : codesUnder(value, `${prefix}${key}.`),
  );
}

/**
 * The audit trail's codes in the UI language (R31): subject types, actions and services. A code
 * the services write but the UI has no label for yet shows as itself; the filters take codes.
 */
export function useAuditLabels() {
  const { t } = useTranslation();
  const label = (group: string, code: string): string | undefined => {
    const text: unknown = t(`audit.${group}.${code}`, { returnObjects: true, defaultValue: '' });
    return typeof text === 'string' && text !== '' ? text : undefined;
  };
  const known = (group: string) =>
    codesUnder(t(`audit.${group}`, { returnObjects: true })).map((code) => ({
      value: code,
      label: `${label(group, code)} · ${code}`,
    }));
  return {
    entityType: (code: string) => label('entityTypes', code),
    action: (code: string) => label('actions', code),
    service: (code: string) => label('services', code) ?? code,
    problem: (code: string) => label('problems', code) ?? code,
    /** The codes with labels, as options to pick from (the filters still take any code). */
    entityTypeOptions: () => known('entityTypes'),
    actionOptions: () => known('actions'),
  };
}
