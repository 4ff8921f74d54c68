import { Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncubateeView, RequestSubsidyDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useYuan } from '../../common/use-yuan';
import { PayeeAccountFields } from '../../common/payee-account-fields';
import { trimmed } from '../form-values';
import { useRequestSubsidy } from '../incubatee-queries';
import type { IncubateeDialogProps } from './incubatee-dialog';

/**
 * Asks finance for the cohort's start-up subsidy from the incubation fund (R15, R27), paid to the
 * organization's account (to its custodian's when it has one, R3) after the four-eyes check (R28).
 */
export function SubsidyModal({ cohort, incubatee, onClose }: IncubateeDialogProps) {
  const { t } = useTranslation();
  const yuan = useYuan();
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
      <Row gutter={16}>
        <PayeeAccountFields prefix={['bankAccount']} />
      </Row>
    </FormModal>
  );
}
