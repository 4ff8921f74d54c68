import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { useCounties } from '../divisions/use-divisions';
import { regionName, regionOptions } from './regions';

/** The region pickers' group labels in the UI language. */
export function useRegionLabels() {
  const { t } = useTranslation();
  return {
    province: t('procurement.region.province'),
    city: t('procurement.region.city'),
    county: t('procurement.region.county'),
  };
}

/**
 * For signed-in officers: the regions to pick from (the province, its cities and, from the
 * divisions API, its counties) and a region's name by its code.
 */
export function useOfficerRegions() {
  const labels = useRegionLabels();
  const counties = useCounties();
  const known = counties.data ?? [];
  return {
    options: regionOptions(labels, known),
    loading: counties.isLoading,
    nameOf: (code: string) => regionName(code, known),
  };
}

/**
 * For the public pages, no login: the same, the counties from the public divisions route (official
 * names, fetched once), so a county shows as 南宁市青秀区 rather than by its city and code. Until
 * they load, a county shows its city and code.
 */
export function usePublicRegions() {
  const labels = useRegionLabels();
  const counties = useQuery({
    queryKey: ['divisions', 'public-counties'],
    queryFn: () => unwrap(api.GET('/api/v1/public/divisions/counties')),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const known = counties.data ?? [];
  return {
    options: regionOptions(labels, known),
    nameOf: (code: string) => regionName(code, known),
  };
}
