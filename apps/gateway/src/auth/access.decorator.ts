import { ALL_ROLES, type Role } from '@civic/domain/access';
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiSecurity } from '@nestjs/swagger';

export const ACCESS_METADATA = 'civic:access';

/** Who may call a route. Every route declares one; the guard refuses a route that declares none. */
export type RouteAccess = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/**
 * Only these roles; services check again, with scope, in their service layer. The OpenAPI
 * document lists them on the operation (`x-roles`), for clients and for the API fuzz test.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies RouteAccess),
    ApiExtension('x-roles', roles),
  );

/** Any signed-in user, whatever their role (their own profile, logout, reference data). */
export const AnyRole = () =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'roles', roles: ALL_ROLES } satisfies RouteAccess),
    ApiExtension('x-roles', ALL_ROLES),
  );

/**
 * No login: sign-in itself, health, public disclosure. The OpenAPI document says so too: an empty
 * security requirement (`security: [{}]`) is OpenAPI's "anonymous".
 */
export const Public = () =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies RouteAccess),
    ApiSecurity({}),
  );

export const ENROLMENT_METADATA = 'civic:second-factor-enrolment';

/** The only routes an enrolment-only session may call: setting up the second factor. */
export const EnrolmentRoute = () => SetMetadata(ENROLMENT_METADATA, true);
