import { ALL_ROLES } from '@civic/domain/access';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';

/** The roles of domain.md "Actors", labelled in the UI language. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return ALL_ROLES.map((role) => ({ value: role as Role, label: t(`enums.role.${role}`) }));
}
