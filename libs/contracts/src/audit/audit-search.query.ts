import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { MAX_PAGE, MAX_PAGE_SIZE } from '../common/page.query';
import { CALENDAR_DATE } from '../common/year-month';

/** A page of the audit screen unless it asks for another size. */
export const AUDIT_PAGE_SIZE = 20;

/** Entity types as the services record them: lower-case words joined by `-` or `.`. */
const ENTITY_TYPE = /^[a-z0-9][a-z0-9._-]*$/;
/** An action as recorded (`tier.decided`), or its beginning followed by `*` (`personal-data.*`). */
const ACTION = /^[a-z0-9][a-z0-9._-]*\*?$/;

/** `to` is not a day before `from`: an empty range is a mistake, refused naming `to`. */
function NotBeforeFrom(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBeforeFrom',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (to: unknown, args?: ValidationArguments) => {
          const from = (args?.object as AuditFilterQuery | undefined)?.from;
          // YYYY-MM-DD compares as text; a malformed one is refused by its own rule
          return typeof to !== 'string' || typeof from !== 'string' || to >= from;
        },
        defaultMessage: () => 'to must not be before from',
      },
    });
}

/**
 * What the audit screen and its export filter by (rule R31), all optional and combined with AND:
 * the subject (entity type and id, exactly as recorded), the actor, the action, and the days in
 * Beijing time (UTC+8), both inclusive.
 */
export class AuditFilterQuery {
  @ApiPropertyOptional({
    example: 'organization',
    maxLength: 64,
    description: "The subject's kind, as recorded: organization, subsidy-application, user…",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @Matches(ENTITY_TYPE, {
    message: 'entityType must be lower-case letters, digits, "-" and "." as recorded',
  })
  entityType?: string;

  @ApiPropertyOptional({ maxLength: 128, description: "The subject's id, exactly as recorded" })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  entityId?: string;

  @ApiPropertyOptional({
    maxLength: 128,
    description:
      'Who acted: a user id as recorded (system:… for the platform itself), or a username, which the gateway turns into that user’s id',
  })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  actor?: string;

  @ApiPropertyOptional({
    example: 'tier.decided',
    maxLength: 100,
    description: 'What was decided, exactly as recorded; ending in * it matches by prefix',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(ACTION, {
    message:
      'action must be lower-case letters, digits, "-" and "." as recorded, optionally ending in *',
  })
  action?: string;

  @ApiPropertyOptional({
    example: '2026-01-01',
    format: 'date',
    description: 'First day, Beijing time, inclusive',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    format: 'date',
    description: 'Last day, Beijing time, inclusive; not before from',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to must be a date YYYY-MM-DD' })
  @NotBeforeFrom()
  to?: string;
}

/**
 * A page of audit entries, newest first: `page` and `pageSize` (offset paging, with the total),
 * and for reading on without counting offsets (an export) `beforeSeq`, the last seq of the
 * previous page: only entries below it, `page` then counting from there.
 */
export class AuditSearchQuery extends AuditFilterQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ default: AUDIT_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: Number.MAX_SAFE_INTEGER,
    description: 'Only entries before this seq (keyset paging: the last seq of the page before)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  beforeSeq?: number;
}
