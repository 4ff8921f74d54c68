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

export class TokenPairView {
  @ApiProperty({ description: 'Short-lived JWT; send as `Authorization: Bearer …`' })
  accessToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ description: 'Single-use token that buys a new pair' }) refreshToken: string;
  @ApiProperty({ type: CurrentUserView }) user: CurrentUserView;
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
