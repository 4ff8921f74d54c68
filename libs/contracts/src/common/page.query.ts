import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The highest page number a list takes: beyond it a request is refused 400, never sent to SQL. */
export const MAX_PAGE = 100_000;
/** The largest page most lists give; a larger `pageSize` is refused 400. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** The page of a list query (1-based); each list declares its own page size and limit. */
export class PageQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;
}

/** A page and its size, up to MAX_PAGE_SIZE rows; nothing is ever cut silently. */
export class PagedQuery extends PageQuery {
  @ApiPropertyOptional({ default: DEFAULT_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

/** One page of a list, with how many rows match in all. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Where a page starts and how many rows it takes (`skip`/`take` for TypeORM, OFFSET/LIMIT). */
export function pageWindow(query: { page?: number; pageSize?: number }, size = DEFAULT_PAGE_SIZE) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? size;
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

/**
 * The sort values a list takes: each field ascending, and descending with a leading `-`
 * (`-submittedAt`). Use with `@IsIn(sortValues(FIELDS))`.
 */
export function sortValues<F extends string>(fields: readonly F[]): (F | `-${F}`)[] {
  return fields.flatMap((f) => [f, `-${f}` as const]);
}

/** A sort value read back: the field and its direction. */
export function sortOf<F extends string>(
  sort: F | `-${F}` | undefined,
  fallback: F | `-${F}`,
): { field: F; order: 'ASC' | 'DESC' } {
  const value = sort ?? fallback;
  return value.startsWith('-')
    ? { field: value.slice(1) as F, order: 'DESC' }
    : { field: value as F, order: 'ASC' };
}
