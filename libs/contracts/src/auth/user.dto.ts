import { Role } from '@civic/domain/access';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { MAX_PAGE } from '../common/page.query';

/** Binding rules (a role that needs an organization, base or street must have it) are checked
 * by the gateway's user service, where all fields are known. */
export class CreateUserDto {
  @ApiProperty({ example: 'qingxiu-officer' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    message: 'username must be 3–64 lower-case letters, digits, dot, dash or underscore',
  })
  username: string;

  @ApiProperty({ example: '青秀区民政局 李明' })
  @IsString()
  @Length(1, 50)
  displayName: string;

  @ApiProperty({ description: 'At least 10 characters', example: 'Civic#2026-pass' })
  @IsString()
  @Length(10, 128)
  password: string;

  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The incubation base (incubation staff)' })
  @IsOptional()
  @IsUUID()
  baseId?: string;

  @ApiPropertyOptional({ example: '450103001', description: '9-digit street/township code' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'streetCode must be a 9-digit street/township code' })
  streetCode?: string;
}

export class UpdateUserDto extends PartialType(CreateUserDto) {
  @ApiPropertyOptional({ description: 'A disabled user cannot log in; sessions end at once' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ description: 'true clears a lock from failed logins' })
  @IsOptional()
  @IsBoolean()
  unlock?: boolean;
}

export class ListUsersQuery {
  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ description: 'Part of the username or display name' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
