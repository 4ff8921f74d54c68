import { Select, type SelectProps } from 'antd';
import { useBases } from './queries';

/** Picks an incubation base by name (R15). */
export function BaseSelect(props: Omit<SelectProps<string>, 'options' | 'loading'>) {
  const bases = useBases();
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      {...props}
      loading={bases.isPending}
      options={bases.data?.map((b) => ({ value: b.id, label: b.name }))}
    />
  );
}

/** A base's name; its id until the name is known (or if the base is out of sight). */
export function BaseName({ id }: { id: string }) {
  const bases = useBases();
  return <>{bases.data?.find((b) => b.id === id)?.name ?? id}</>;
}
