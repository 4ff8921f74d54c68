import { normalizeUscc, validateUscc } from '@civic/domain/identifiers';
import {
  DIRECTORY_DECISIONS,
  DIRECTORY_STATUSES,
  type DirectoryDecision,
  type DirectoryStatus,
  PERFORMANCE_OUTCOMES,
  type PerformanceOutcome,
  UNDERTAKER_KINDS,
  type UndertakerKind,
} from '@civic/domain/procurement';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { IsMainlandPhone, NotBlank, Trimmed } from '../common/contact.decorators';
import { IsResidentId } from '../common/is-resident-id.decorator';
import { PagedQuery } from '../common/page.query';

const DIVISION_CODE = /^\d{6}$/;

/**
 * A unified social credit code of any registration authority: 18 characters and a verified check
 * character (GB 32100-2015, rule R29), trimmed and upper-cased. Which authority must have issued
 * it depends on the undertaker's kind: the service checks that (R25, `checkUndertaker`).
 */
function IsCreditCode(): PropertyDecorator {
  return (target, propertyName) => {
    Transform(({ value }) => (typeof value === 'string' ? normalizeUscc(value) : value))(
      target,
      propertyName,
    );
    registerDecorator({
      name: 'isCreditCode',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateUscc(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          if (typeof value !== 'string') return `${args?.property} must be a string`;
          const check = validateUscc(value);
          return check.valid ? '' : `${args?.property}: ${check.message}`;
        },
      },
    });
  };
}

/**
 * An application to the directory of undertakers fit to take on community services
 * (承接社区服务的社会组织指导目录, R24; Order 102 art. 6–8, R25). An applicant applies for its own
 * organization: the name and credit code then come from the registry, and are left out. An
 * officer enters any other undertaker on its behalf: its name, and its credit code (an
 * individual: the resident ID number instead, stored encrypted, R30).
 */
export class ApplyDirectoryEntryDto {
  @ApiProperty({
    enum: UNDERTAKER_KINDS,
    enumName: 'UndertakerKind',
    description:
      'Order 102 art. 6; a category-1 public institution is refused naming art. 8 (R25). An applicant applies as SOCIAL_ORGANIZATION.',
  })
  @IsIn(UNDERTAKER_KINDS)
  kind: UndertakerKind;

  @ApiPropertyOptional({
    example: '南宁市青秀区颐养居家养老服务有限公司',
    description:
      "The undertaker's name. Required when an officer enters an undertaker (400 naming name without it); an applicant leaves it out, its own organization being entered under its registered name (400 fromRegistry otherwise)",
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(2, 100)
  name?: string;

  @ApiPropertyOptional({
    example: '91450103MA5L00001C',
    description:
      'Unified social credit code (R29); its registration authority (position 1) must code the kind: 5 civil affairs, 9 market regulation, 1 staffing office, N agriculture. None for an individual, nor for an applicant (taken from the registry).',
  })
  @IsOptional()
  @IsCreditCode()
  creditCode?: string;

  @ApiPropertyOptional({
    example: '450103198805120023',
    description: 'An individual only: the resident ID number (R30), stored encrypted, shown masked',
  })
  @IsOptional()
  @IsResidentId()
  residentId?: string;

  @ApiProperty({
    example: ['450103', '450127'],
    description:
      'Division codes (6 digits) of the provinces, cities or counties it serves: one or more',
    type: [String],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(DIVISION_CODE, {
    each: true,
    message:
      'serviceAreas must each be a 6-digit division code of a province, city or county (R24)',
  })
  serviceAreas: string[];

  @ApiProperty({
    example: ['基本公共服务'],
    description:
      'First-level categories of the catalogue of services the government purchases (R24)',
    type: [String],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  serviceCategories: string[];

  @ApiProperty({ example: '李红' })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(2, 50)
  contactName: string;

  @ApiProperty({ example: '13800771234', description: 'Stored encrypted, shown masked (R30)' })
  @IsMainlandPhone()
  contactPhone: string;
}

/** An officer's decision on an entry (R24): list or refuse an application, remove a listed entry. */
export class DecideDirectoryEntryDto {
  @ApiProperty({
    enum: DIRECTORY_DECISIONS,
    enumName: 'DirectoryDecision',
    description: 'PENDING → LISTED or REFUSED; LISTED → REMOVED',
  })
  @IsIn(DIRECTORY_DECISIONS)
  decision: DirectoryDecision;

  @ApiPropertyOptional({
    example: '申报材料显示近三年无社区服务项目经历',
    description: 'Why: required to refuse or remove',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

/** One contract's evaluation on the undertaker's entry (R25 performance). */
export class PerformanceRecordView {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({
    enum: PERFORMANCE_OUTCOMES,
    enumName: 'PerformanceOutcome',
    description: 'Whether the final evaluation passed',
  })
  outcome: PerformanceOutcome;
}

/** An entry as officers and the applying organization see it: personal data masked (R30). */
export class DirectoryEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: UNDERTAKER_KINDS,
    enumName: 'UndertakerKind',
    description: 'The kind of undertaker (Order 102 art. 6)',
  })
  kind: UndertakerKind;
  @ApiProperty() name: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The registered organization, when it applied itself',
  })
  organizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) creditCode: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '450103********0023',
    description: "An individual's resident ID number, masked (R30)",
  })
  residentIdMasked: string | null;
  @ApiProperty({ type: [String] }) serviceAreas: string[];
  @ApiProperty({ type: [String] }) serviceCategories: string[];
  @ApiProperty() contactName: string;
  @ApiProperty({ example: '138****1234', description: 'Masked (R30)' }) contactPhone: string;
  @ApiProperty({
    enum: DIRECTORY_STATUSES,
    enumName: 'DirectoryStatus',
    description: 'PENDING, then LISTED or REFUSED; a LISTED entry may be REMOVED (R24)',
  })
  status: DirectoryStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was refused or removed' })
  statusReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) listedAt: string | null;
  @ApiProperty({ type: [PerformanceRecordView] }) performance: PerformanceRecordView[];
  @ApiProperty({ format: 'date-time' }) appliedAt: string;
}

/** A listed entry as the public reads it (R24): no resident ID, no contact (R30). */
export class PublicDirectoryEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: UNDERTAKER_KINDS,
    enumName: 'UndertakerKind',
    description: 'The kind of undertaker (Order 102 art. 6)',
  })
  kind: UndertakerKind;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'None for an individual' })
  creditCode: string | null;
  @ApiProperty({ type: [String] }) serviceAreas: string[];
  @ApiProperty({ type: [String] }) serviceCategories: string[];
  @ApiProperty({ format: 'date-time' }) listedAt: string;
  @ApiProperty({ type: [PerformanceRecordView] }) performance: PerformanceRecordView[];
}

/** Entries filtered by kind, region served and catalogue category, a page at a time. */
export class PublicDirectoryQuery extends PagedQuery {
  @ApiPropertyOptional({ enum: UNDERTAKER_KINDS, enumName: 'UndertakerKind' })
  @IsOptional()
  @IsIn(UNDERTAKER_KINDS)
  kind?: UndertakerKind;

  @ApiPropertyOptional({
    example: '450100',
    description:
      'A division code: entries serving it, a division inside it, or a division that holds it',
  })
  @IsOptional()
  @Matches(DIVISION_CODE, {
    message: 'regionCode must be a 6-digit division code of a province, city or county (R24)',
  })
  regionCode?: string;

  @ApiPropertyOptional({ example: '基本公共服务', description: 'A service category' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  category?: string;
}

/** Officers' list (and an applicant's own entries), with the status as a filter too. */
export class DirectoryQuery extends PublicDirectoryQuery {
  @ApiPropertyOptional({ enum: DIRECTORY_STATUSES, enumName: 'DirectoryStatus' })
  @IsOptional()
  @IsIn(DIRECTORY_STATUSES)
  status?: DirectoryStatus;
}

export class DirectoryPage {
  @ApiProperty({ type: [DirectoryEntryView] }) items: DirectoryEntryView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class PublicDirectoryPage {
  @ApiProperty({ type: [PublicDirectoryEntryView] }) items: PublicDirectoryEntryView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
