import { BadRequestException, type PipeTransform } from '@nestjs/common';

export type ExportFormat = 'csv' | 'xlsx';

/** `format` must be csv or xlsx: a 400 naming the field and the rule otherwise. */
export class ExportFormatPipe implements PipeTransform<unknown, ExportFormat> {
  transform(value: unknown): ExportFormat {
    if (value === 'csv' || value === 'xlsx') return value;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'format must be one of: csv, xlsx',
      violations: [{ field: 'format', rule: 'isIn', message: 'format must be one of: csv, xlsx' }],
    });
  }
}
