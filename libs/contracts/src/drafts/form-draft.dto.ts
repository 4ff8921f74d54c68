import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

/**
 * What a half-filled form holds, as the UI's form has it (issue #18: autosaved drafts, so an
 * applicant on a phone with a flaky network does not lose it). Free-form: it is the user's own
 * UI state, checked only for its size; the application is checked in full when it is submitted.
 */
export class SaveFormDraftDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      "The form's values, as the UI keeps them; at most 64 KiB as JSON (413 beyond). Stored encrypted: it may hold a phone or an account number (R30).",
    example: { projectName: '社区长者助餐', contactName: '李秀兰' },
  })
  @IsObject()
  values: Record<string, unknown>;
}

/** A saved draft, as the form left it. */
export class FormDraftSavedView {
  @ApiProperty({ example: 'admission:6f1c2b0e-8a52-4c1e-9d0f-3c2a1b4e5d6f' }) formKey: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** The user's draft of one form, or none (`values` and `updatedAt` left out). */
export class FormDraftView {
  @ApiProperty({ example: 'admission:6f1c2b0e-8a52-4c1e-9d0f-3c2a1b4e5d6f' }) formKey: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'The values saved last; left out when there is no draft',
  })
  values?: Record<string, unknown>;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it was saved last' })
  updatedAt?: string;
}
