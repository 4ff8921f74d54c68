import { DEFAULT_INCUBATION_POLICY } from '@civic/domain/incubation';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExitDto, IncubateeView } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { trimmed } from '../form-values';
import { useExit } from '../incubatee-queries';
import type { IncubateeDialogProps } from './incubatee-dialog';

/** Leaving without graduating, with the reason; space lent comes back within 15 working days (R16). */
export function ExitModal({ incubatee, onClose }: IncubateeDialogProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <FormModal<ExitDto, ExitDto, IncubateeView>
      name="exit"
      title={t('incubation.exit.title', { name: incubatee.name })}
      okText={t('incubation.actions.exit')}
      mutation={useExit(incubatee.id)}
      toBody={trimmed}
      done={(i) => t('incubation.exit.done', { name: i.name })}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t('incubation.exit.help', {
          days: DEFAULT_INCUBATION_POLICY.returnSpaceWithinWorkingDays,
        })}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('incubation.exit.reason')}
        rules={[...required, { whitespace: true, message: t('form.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
