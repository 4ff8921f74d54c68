import { Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BankCode, PaymentView, ProposeReissueDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { useProposeReissue } from '../queries';
import { useYuan } from '../../common/use-yuan';
import { PayeeAccountFields } from '../../common/payee-account-fields';

/**
 * A finance maker proposes paying a payment the bank declined for good again, to corrected bank
 * details, with the reason (R28); another person, a checker, decides it.
 */
export function ReissueModal({ payment, onClose }: { payment: PaymentView; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const yuan = useYuan();
  return (
    <FormModal<ProposeReissueDto, ProposeReissueDto, PaymentView>
      name="reissue"
      title={t('finance.failed.reissueTitle', {
        amount: yuan(payment.amountFen),
        name: payment.organizationName,
      })}
      okText={t('finance.failed.propose')}
      mutation={useProposeReissue(payment.id)}
      toBody={({ reason, bankAccount }) => ({
        reason: reason.trim(),
        bankAccount: {
          accountName: bankAccount.accountName.trim(),
          accountNumber: bankAccount.accountNumber.trim(),
          bankCode: bankAccount.bankCode,
          bankName: bankAccount.bankName.trim(),
        },
      })}
      done={() => t('finance.failed.proposed')}
      onClose={onClose}
      initialValues={{
        bankAccount: {
          accountName: payment.paidTo.accountName,
          accountNumber: '',
          bankCode: payment.paidTo.bankCode as BankCode,
          bankName: payment.paidTo.bankName,
        },
      }}
    >
      <Row gutter={16}>
        <PayeeAccountFields prefix={['bankAccount']} />
      </Row>
      <Form.Item name="reason" label={t('finance.failed.reason')} rules={required}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
