import { Select, type SelectProps } from 'antd';
import { useMoreOptionsPopup } from '../common/more-rows';
import { useBases } from './queries';

/**
 * Picks an incubation base by name (R15), among the largest page of bases; when there are more,
 * the list says so under its options.
 */
export function BaseSelect(props: Omit<SelectProps<string>, 'options' | 'loading'>) {
  const bases = useBases();
  const popupRender = useMoreOptionsPopup(bases.data);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      popupRender={popupRender}
      {...props}
      loading={bases.isPending}
      options={bases.data?.items.map((b) => ({ value: b.id, label: b.name }))}
    />
  );
}

/** A base's name; its id until the name is known (or if the base is out of sight). */
export function BaseName({ id }: { id: string }) {
  const bases = useBases();
  return <>{bases.data?.items.find((b) => b.id === id)?.name ?? id}</>;
}
