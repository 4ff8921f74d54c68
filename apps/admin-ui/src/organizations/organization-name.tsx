import { Link } from 'react-router-dom';
import { useOrganization } from './queries';

/** An organization's name, linking to it; its id until the name is known (or if hidden). */
export function OrganizationName({ id }: { id: string }) {
  const organization = useOrganization(id);
  return <Link to={`/organizations/${id}`}>{organization.data?.name ?? id}</Link>;
}
