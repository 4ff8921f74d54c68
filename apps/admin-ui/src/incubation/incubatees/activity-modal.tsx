import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { IncubateeView, RecordActivityDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { useRecordActivity } from '../incubatee-queries';
import type { IncubateeDialogProps } from './incubatee-dialog';

interface Values {
  title: string;
  heldOn: Dayjs;
}

/** An activity the incubatee held; graduation may need a number of them (R16). */
export function ActivityModal({ incubatee, onClose }: IncubateeDialogProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <FormModal<Values, RecordActivityDto, IncubateeView>
      name="activity"
      title={t('incubation.activity.title', { name: incubatee.name })}
      okText={t('incubation.actions.activity')}
      mutation={useRecordActivity(incubatee.id)}
      toBody={({ title, heldOn }) => ({ title: title.trim(), heldOn: heldOn.format('YYYY-MM-DD') })}
      done={(i) => t('incubation.activity.done', { name: i.name, count: i.activitiesHeld })}
      onClose={onClose}
      initialValues={{ heldOn: dayjs() }}
    >
      <Form.Item name="title" label={t('incubation.activity.name')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="heldOn" label={t('incubation.activity.heldOn')} rules={required}>
        <DatePicker className="full-width" allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}
