import { useTranslation } from 'react-i18next';
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
