import type { FieldViolation } from '@civic/contracts';
import { ROLE_BINDING, type Role } from '@civic/domain/access';

export interface Bindings {
  organizationId?: string | null;
  baseId?: string | null;
  streetCode?: string | null;
}

const FIELD = { organization: 'organizationId', base: 'baseId', street: 'streetCode' } as const;

/**
 * An applicant needs an organization, incubation staff a base, a street officer a street; a
 * binding no role needs is refused, so nobody carries a scope they should not have.
 */
export function bindingViolations(roles: readonly Role[], bindings: Bindings): FieldViolation[] {
  const needed = new Set(roles.map((role) => ROLE_BINDING[role]));
  return (Object.keys(FIELD) as (keyof typeof FIELD)[]).flatMap((kind) => {
    const field = FIELD[kind];
    const present = Boolean(bindings[field]);
    if (needed.has(kind) && !present) {
      return [
        { field, rule: 'requiredByRole', message: `${field} is required by the roles given` },
      ];
    }
    if (!needed.has(kind) && present) {
      return [
        {
          field,
          rule: 'notAllowedForRoles',
          message: `${field} is only for a role bound to a ${kind}`,
        },
      ];
    }
    return [];
  });
}
