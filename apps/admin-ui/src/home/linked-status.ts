import { useSearchParams } from 'react-router-dom';

/**
 * The status a link names in the address (`?status=SUBMITTED`), when it is one the list knows:
 * the home page's work links (issue #18) open a list already filtered to the work.
 */
export function useLinkedStatus<S extends string>(statuses: readonly S[]): S | undefined {
  const [params] = useSearchParams();
  const status = params.get('status');
  return statuses.find((s) => s === status);
}
