import { Checkbox, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BaseView, VenueView } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { yuanRules } from '../../common/yuan-input';
import { useRequired } from '../../common/use-required';
import { toVenueDto, VENUE_MAPPING, type VenueFormValues } from '../form-values';
import { useAddVenue } from '../queries';

/**
 * A venue of a base: its size, how many organizations it hosts, whether they share it (合署办公,
 * R4), and its market rent in yuan per m² and month, which values free space (R15, R26).
 */
export function AddVenueModal({ base, onClose }: { base: BaseView; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const whole = (min: number) => <InputNumber min={min} precision={0} className="full-width" />;
  return (
    <FormModal<VenueFormValues, ReturnType<typeof toVenueDto>, VenueView>
      name="venue"
      title={t('incubation.venues.addTo', { base: base.name })}
      okText={t('incubation.venues.add')}
      mutation={useAddVenue(base.id)}
      toBody={toVenueDto}
      mapping={VENUE_MAPPING}
      done={(venue) => t('incubation.venues.added', { name: venue.name })}
      onClose={onClose}
      initialValues={{ shared: true, capacity: 1 }}
    >
      <Form.Item name="name" label={t('incubation.venues.name')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="areaM2" label={t('incubation.venues.areaM2')} rules={required}>
        {whole(1)}
      </Form.Item>
      <Form.Item name="capacity" label={t('incubation.venues.capacity')} rules={required}>
        {whole(1)}
      </Form.Item>
      <Form.Item name="shared" valuePropName="checked" extra={t('incubation.venues.sharedHint')}>
        <Checkbox>{t('incubation.venues.shared')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="monthlyRateYuanPerM2"
        label={t('incubation.venues.rateYuan')}
        rules={yuanRules(t)}
      >
        <Input suffix={t('incubation.venues.rateUnit')} inputMode="decimal" autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
