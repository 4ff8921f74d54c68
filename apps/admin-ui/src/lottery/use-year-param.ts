import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';

/** The fiscal year in the address (`?year=2025`, so a year's page can be linked to), else this one. */
export function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year'));
  return [
    Number.isInteger(year) && year > 0 ? year : dayjs().year(),
    (next) => setParams({ year: String(next) }, { replace: true }),
  ];
}
