import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttendanceDto, IncubateeView, TrainingView } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { useRecordAttendance } from '../incubatee-queries';

/** Who attended a session (R11); recording someone twice changes nothing. */
export function AttendanceModal(props: {
  training: TrainingView;
  incubatees: readonly IncubateeView[];
  onClose: () => void;
}) {
  const { training, incubatees, onClose } = props;
  const { t } = useTranslation();
  const required = useRequired();
  const options = incubatees
    .filter((i) => i.status === 'ACTIVE' || training.attendees.includes(i.id))
    .map((i) => ({ value: i.id, label: i.name }));
  return (
    <FormModal<AttendanceDto, AttendanceDto, TrainingView>
      name="attendance"
      title={t('incubation.training.recordTitle', { name: training.title })}
      okText={t('incubation.training.record')}
      mutation={useRecordAttendance(training.id)}
      toBody={(values) => values}
      mapping={{ lists: ['incubateeIds'] }}
      done={(s) => t('incubation.training.recorded', { count: s.attendees.length })}
      onClose={onClose}
      initialValues={{ incubateeIds: training.attendees }}
    >
      <Form.Item name="incubateeIds" label={t('incubation.training.attendees')} rules={required}>
        <Select mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
    </FormModal>
  );
}
