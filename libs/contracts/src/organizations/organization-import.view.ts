import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The largest workbook an import reads, and the most rows it takes (issue #18). */
export const ORGANIZATION_IMPORT_LIMITS = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxRows: 2000,
});

/** The content type of an .xlsx workbook, the body `POST /v1/organizations/import` takes. */
export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const IMPORT_ROW_STATUSES = ['CREATED', 'INVALID', 'DUPLICATE'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** One broken rule in one cell of an imported row: its column, the registration field, the rule. */
export class ImportErrorView {
  @ApiProperty({ example: '邮政编码', description: 'The column header, as the template names it' })
  column: string;

  @ApiProperty({ example: 'postalAddress.postcode', description: 'The registration field' })
  field: string;

  @ApiProperty({ example: 'matches' })
  rule: string;

  @ApiProperty({ example: '邮政编码必须是 6 位数字' })
  message: string;
}

/** What became of one row of the workbook (its Excel row number). */
export class ImportRowView {
  @ApiProperty({ example: 5, description: 'The row number in the worksheet' })
  row: number;

  @ApiProperty({ enum: IMPORT_ROW_STATUSES })
  status: ImportRowStatus;

  @ApiPropertyOptional({ example: '新竹社区夕阳红志愿服务队' })
  name?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The organization registered (CREATED)' })
  organizationId?: string;

  @ApiProperty({ type: [ImportErrorView] })
  errors: ImportErrorView[];
}

/**
 * An import's report (issue #18): each non-empty row registered through the same path as a single
 * registration, or refused with every broken rule; a refused row stored nothing.
 */
export class OrganizationImportView {
  @ApiProperty({ example: 12 })
  created: number;

  @ApiProperty({ example: 2, description: 'Rows refused: INVALID or DUPLICATE' })
  failed: number;

  @ApiProperty({ example: '组织导入', description: 'The worksheet read (the first)' })
  sheet: string;

  @ApiProperty({ example: 4, description: 'The row of the column headers' })
  headerRow: number;

  @ApiProperty({ type: [ImportRowView] })
  rows: ImportRowView[];
}
