import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, WithdrawFundingDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useYuan } from '../../common/use-yuan';
import { useRequired } from '../../common/use-required';
import { useWithdrawApplication } from '../queries';

/**
 * An officer withdraws a subsidy finance holds and has not paid, with the reason: finance releases
 * the money (R27) and the publicity notice is retracted by a correction naming it (R23).
 */
export function WithdrawModal(props: { application: ApplicationView; onClose: () => void }) {
  const { application, onClose } = props;
  const { t } = useTranslation();
  const required = useRequired();
  const yuan = useYuan();
  return (
    <FormModal<WithdrawFundingDto, WithdrawFundingDto, ApplicationView>
      name="withdrawal"
      title={t('lottery.withdraw.title', {
        project: application.projectName,
        amount: yuan(application.requestedFen),
      })}
      okText={t('lottery.withdraw.action')}
      mutation={useWithdrawApplication(application.id)}
      toBody={({ reason }) => ({ reason: reason.trim() })}
      done={() => t('lottery.withdraw.done')}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('lottery.withdraw.hint')}</Typography.Paragraph>
      <Form.Item name="reason" label={t('lottery.withdraw.reason')} rules={required}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
