import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncubateeView, RequestSubsidyDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useYuan } from '../../common/use-yuan';
import { useRequired } from '../../common/use-required';
import { trimmed } from '../form-values';
import { useRequestSubsidy } from '../incubatee-queries';
import type { IncubateeDialogProps } from './incubatee-dialog';

const FIELDS = ['accountName', 'accountNumber', 'bankName'] as const;

/**
 * Asks finance for the cohort's start-up subsidy from the incubation fund (R15, R27), paid to the
 * organization's account (to its custodian's when it has one, R3) after the four-eyes check (R28).
 */
export function SubsidyModal({ cohort, incubatee, onClose }: IncubateeDialogProps) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const required = useRequired();
  return (
    <FormModal<RequestSubsidyDto, RequestSubsidyDto, IncubateeView>
      name="subsidy"
      title={t('incubation.subsidy.title', { name: incubatee.name })}
      okText={t('incubation.actions.subsidy')}
      mutation={useRequestSubsidy(incubatee.id)}
      toBody={({ bankAccount }) => ({ bankAccount: trimmed(bankAccount) })}
      done={(i) => t('incubation.subsidy.done', { name: i.name })}
      onClose={onClose}
    >
      <Typography.Paragraph>
        {t('incubation.subsidy.help', { amount: yuan(cohort.support.startupSubsidyFen) })}
      </Typography.Paragraph>
      {FIELDS.map((field) => (
        <Form.Item
          key={field}
          name={['bankAccount', field]}
          label={t(`organizations.custodian.${field}`)}
          rules={required}
        >
          <Input autoComplete="off" />
        </Form.Item>
      ))}
    </FormModal>
  );
}
