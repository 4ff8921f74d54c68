import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CohortView, CreateTrainingDto, TrainingView } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { trimmed } from '../form-values';
import { useCreateTraining } from '../incubatee-queries';

type Values = Omit<CreateTrainingDto, 'heldOn'> & { heldOn: Dayjs };

/** A training session of the cohort (R11): what, when, how long, by whom. */
export function CreateTrainingModal(props: { cohort: CohortView; onClose: () => void }) {
  const { cohort, onClose } = props;
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <FormModal<Values, CreateTrainingDto, TrainingView>
      name="training"
      title={t('incubation.training.create')}
      okText={t('incubation.training.create')}
      mutation={useCreateTraining(cohort.id)}
      toBody={({ heldOn, ...values }) => ({
        ...trimmed(values),
        heldOn: heldOn.format('YYYY-MM-DD'),
      })}
      done={(s) => t('incubation.training.created', { name: s.title })}
      onClose={onClose}
      initialValues={{ heldOn: dayjs(), hours: 2 }}
    >
      <Form.Item name="title" label={t('incubation.training.name')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="heldOn" label={t('incubation.training.heldOn')} rules={required}>
        <DatePicker className="full-width" allowClear={false} />
      </Form.Item>
      <Form.Item name="hours" label={t('incubation.training.hours')} rules={required}>
        <InputNumber min={1} max={24} precision={0} className="full-width" />
      </Form.Item>
      <Form.Item name="trainer" label={t('incubation.training.trainer')} rules={required}>
        <Input maxLength={50} />
      </Form.Item>
    </FormModal>
  );
}
