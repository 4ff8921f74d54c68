import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { yearOptions } from '../finance/funds/years';
import type { Paging } from './paging';

/** A page of one row: enough to learn a year's total. */
const ONE: Paging = { page: 1, pageSize: 1 };

type CountOf = (fiscalYear: number, paging: Paging) => Promise<{ total: number }>;

/**
 * Of the `candidates` (fiscal years, newest first), those whose list holds something, asked one
 * row per year, for a year selector that offers only years with data. A year whose count failed
 * is offered (it may have some). `undefined` until every year has answered.
 */
export function useYearsWithData(
  queryKey: readonly unknown[],
  countOf: CountOf,
  candidates: readonly number[],
): number[] | undefined {
  return useQueries({
    queries: candidates.map((year) => ({
      queryKey: [...queryKey, 'year-count', year],
      queryFn: () => countOf(year, ONE),
      staleTime: 5 * 60_000,
    })),
    combine: (results) =>
      results.some((result) => result.isPending)
        ? undefined
        : candidates.filter((_, i) => results[i]?.isError || (results[i]?.data?.total ?? 0) > 0),
  });
}

/**
 * The fiscal years a public list offers (of the usual ones: five back and the next): only those
 * with data, with their labels; `undefined` while they are counted.
 */
export function useYearOptions(queryKey: readonly unknown[], countOf: CountOf) {
  const { t } = useTranslation();
  const all = yearOptions(t);
  const years = useYearsWithData(
    queryKey,
    countOf,
    all.map((option) => option.value),
  );
  return years && all.filter((option) => years.includes(option.value));
}
