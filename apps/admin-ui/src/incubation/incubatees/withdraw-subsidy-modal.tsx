import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncubateeView, WithdrawFundingDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { trimmed } from '../form-values';
import { useWithdrawSubsidy } from '../incubatee-queries';
import type { IncubateeDialogProps } from './incubatee-dialog';

/** Staff withdraw a start-up subsidy finance holds and has not paid, with the reason (R27). */
export function WithdrawSubsidyModal({ incubatee, onClose }: IncubateeDialogProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <FormModal<WithdrawFundingDto, WithdrawFundingDto, IncubateeView>
      name="withdraw-subsidy"
      title={t('incubation.withdrawSubsidy.title', { name: incubatee.name })}
      okText={t('incubation.actions.withdrawSubsidy')}
      mutation={useWithdrawSubsidy(incubatee.id)}
      toBody={trimmed}
      done={(i) => t('incubation.withdrawSubsidy.done', { name: i.name })}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t('incubation.withdrawSubsidy.help')}
      </Typography.Paragraph>
      <Form.Item name="reason" label={t('incubation.withdrawSubsidy.reason')} rules={required}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
