import {
  COLUMN_KINDS,
  type ColumnKind,
  FORM_LIMITS,
  type FormSchema,
  QUESTION_KINDS,
  type QuestionKind,
} from '@civic/domain/forms';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/**
 * Forms without code (issue #17): the questions an officer adds to a programme's application.
 * These DTOs check the shape; `checkForm` in libs/domain/forms checks that they make a form.
 */
export class BilingualDto {
  @ApiProperty({ example: '志愿者人数' })
  @IsString()
  @MaxLength(FORM_LIMITS.helpLength)
  zh: string;

  @ApiProperty({ example: 'Volunteers' })
  @IsString()
  @MaxLength(FORM_LIMITS.helpLength)
  en: string;
}

export class QuestionOptionDto {
  @ApiProperty({ example: 'village' }) @IsString() @MaxLength(40) value: string;

  @ApiProperty({ type: BilingualDto })
  @ValidateNested()
  @Type(() => BilingualDto)
  label: BilingualDto;
}

export class TableColumnDto {
  @ApiProperty({ example: 'amount' }) @IsString() @MaxLength(40) key: string;

  @ApiProperty({ enum: COLUMN_KINDS }) @IsIn(COLUMN_KINDS) kind: ColumnKind;

  @ApiProperty({ type: BilingualDto })
  @ValidateNested()
  @Type(() => BilingualDto)
  label: BilingualDto;
}

export class QuestionDto {
  @ApiProperty({ example: 'volunteers', description: 'Where the answer is stored' })
  @IsString()
  @MaxLength(40)
  key: string;

  @ApiProperty({ enum: QUESTION_KINDS }) @IsIn(QUESTION_KINDS) kind: QuestionKind;

  @ApiProperty({ type: BilingualDto })
  @ValidateNested()
  @Type(() => BilingualDto)
  label: BilingualDto;

  @ApiPropertyOptional({ type: BilingualDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualDto)
  help?: BilingualDto;

  @ApiProperty() @IsBoolean() required: boolean;

  @ApiPropertyOptional({ type: [QuestionOptionDto], description: 'CHOICE only' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FORM_LIMITS.options)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionDto)
  options?: QuestionOptionDto[];

  @ApiPropertyOptional({ type: [TableColumnDto], description: 'TABLE only' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FORM_LIMITS.columns)
  @ValidateNested({ each: true })
  @Type(() => TableColumnDto)
  columns?: TableColumnDto[];

  @ApiPropertyOptional({ description: 'TEXT only: the longest answer' })
  @IsOptional()
  @IsInt()
  maxLength?: number;

  @ApiPropertyOptional({ description: 'NUMBER, or YUAN in fen: the smallest answer' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number;

  @ApiPropertyOptional({ description: 'NUMBER, or YUAN in fen: the largest answer' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number;
}

/** A form's questions, replaced whole while nobody has applied (issue #17). */
export class SetFormDto {
  @ApiProperty({ type: [QuestionDto] })
  @IsArray()
  @ArrayMaxSize(FORM_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions: QuestionDto[];
}

/** A stored form: its version and its JSON Schema (2020-12), which the admin UI renders. */
export class FormView {
  @ApiProperty({
    example: 2,
    description: 'Starts at 1; each change before the first application adds 1',
  })
  version: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'JSON Schema 2020-12 of the answers, annotated with x-kind, x-order and English labels',
  })
  schema: FormSchema;
}

/** The answers to a form's questions, keyed by question key (issue #17). */
export const ANSWERS_API = {
  type: 'object',
  additionalProperties: true,
  description:
    "Answers to the added questions, keyed by question; checked against the form's JSON Schema. Amounts are integer fen.",
  example: { volunteers: 12, venue: 'village' },
} as const;
