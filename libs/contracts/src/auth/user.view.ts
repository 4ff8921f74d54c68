import { Role } from '@civic/domain/access';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The signed-in user, with what their roles allow; the admin UI builds its menu from it. */
export class CurrentUserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true }) roles: Role[];
  @ApiProperty({ type: [String], description: 'Permissions held through the roles' })
  permissions: string[];
  @ApiPropertyOptional({ format: 'uuid', description: 'Bound organization (applicant)' })
  organizationId?: string;
  @ApiPropertyOptional({ description: 'Bound incubation base (incubation staff)' })
  baseId?: string;
  @ApiPropertyOptional({ description: 'Bound street/township code (street officer)' })
  streetCode?: string;
}

/**
 * What sign-in and refresh answer. The refresh token is not here: it travels only in an HttpOnly
 * cookie (issue #15), so no script of the page can read it.
 */
export class AccessTokenView {
  @ApiProperty({
    description: 'Short-lived JWT; send as `Authorization: Bearer …`; keep in memory',
  })
  accessToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ type: CurrentUserView }) user: CurrentUserView;
  @ApiPropertyOptional({
    description:
      'true: a session that may only enrol a second factor (its roles need one, none is set up)',
  })
  enrolmentRequired?: boolean;
}

/** A user as administrators see it. */
export class UserView extends CurrentUserView {
  @ApiProperty() disabled: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'Locked after failed logins until' })
  lockedUntil?: string;
  @ApiProperty() failedLogins: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UserPageView {
  @ApiProperty({ type: [UserView] }) items: UserView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
