import { IntersectionType, OmitType, ApiPropertyOptional } from '@nestjs/swagger';
import type { Type } from '@nestjs/common';
import { IsIn, IsOptional, getMetadataStorage } from 'class-validator';
import { EXPORT_LANGUAGES, type ExportLanguage } from './export-column';

/** `lang`: the export's language, Chinese unless asked (issue #18). */
export class ExportLanguageQuery {
  @ApiPropertyOptional({
    enum: EXPORT_LANGUAGES,
    default: 'zh-CN',
    description: 'The language of the title, headers, filter line and labels',
  })
  @IsOptional()
  @IsIn(EXPORT_LANGUAGES)
  lang?: ExportLanguage;
}

/**
 * An export's query: the list's own filters (the same DTO, so the same validation and the same
 * 400s naming the field), less its paging, which the export does itself, plus `lang`.
 */
export function exportQueryOf<Q extends object>(list: Type<Q>) {
  const paging = ['page', 'pageSize'] as unknown as readonly (keyof Q)[];
  return IntersectionType(OmitType(list, paging), ExportLanguageQuery) as unknown as Type<
    Omit<Q, 'page' | 'pageSize'> & ExportLanguageQuery
  >;
}

/** The largest `pageSize` a list's query takes (its `@Max`), so the export never asks for more. */
export function pageSizeLimit(list: Type<unknown>, fallback = 20): number {
  const max = getMetadataStorage()
    .getTargetValidationMetadatas(list, '', true, false)
    .find((m) => m.propertyName === 'pageSize' && m.name === 'max');
  const limit = Number(max?.constraints?.[0]);
  return Number.isSafeInteger(limit) && limit > 0 ? limit : fallback;
}
