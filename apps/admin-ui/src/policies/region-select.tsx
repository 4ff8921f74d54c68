import { Select, type SelectProps } from 'antd';
import { useOfficerRegions } from '../procurement/use-region-options';

/**
 * A region a policy applies to: the province, one of its cities or a county (searchable by
 * name), for signed-in staff; the counties come from the divisions API.
 */
export function RegionSelect(props: Omit<SelectProps<string>, 'options' | 'loading'>) {
  const regions = useOfficerRegions();
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      {...props}
      loading={regions.loading}
      options={regions.options}
    />
  );
}
