import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

// Division lists never change while the UI runs: fetch each once.
const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;

export function useCounties() {
  return useQuery({
    queryKey: ['divisions', 'counties'],
    queryFn: () => unwrap(api.GET('/api/v1/divisions/counties')),
    ...FOREVER,
  });
}

export function useStreets(countyCode: string | undefined) {
  return useQuery({
    queryKey: ['divisions', 'streets', countyCode],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/divisions/streets', { params: { query: { countyCode: countyCode! } } }),
      ),
    enabled: !!countyCode,
    ...FOREVER,
  });
}

export function useCommunities(streetCode: string | undefined) {
  return useQuery({
    queryKey: ['divisions', 'communities', streetCode],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/divisions/communities', {
          params: { query: { streetCode: streetCode! } },
        }),
      ),
    enabled: !!streetCode,
    ...FOREVER,
  });
}

/** A street/township's name from its 9-digit code (its county is the first 6 digits). */
export function useStreetName(streetCode: string | undefined): string | undefined {
  const streets = useStreets(streetCode?.slice(0, 6));
  return streets.data?.find((street) => street.code === streetCode)?.name;
}
