import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaymentView, ProposeReissueDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { useProposeReissue } from '../queries';
import { useYuan } from '../../common/use-yuan';

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
          bankName: bankAccount.bankName.trim(),
        },
      })}
      done={() => t('finance.failed.proposed')}
      onClose={onClose}
      initialValues={{
        bankAccount: {
          accountName: payment.paidTo.accountName,
          accountNumber: '',
          bankName: payment.paidTo.bankName,
        },
      }}
    >
      <Form.Item
        name={['bankAccount', 'accountName']}
        label={t('finance.failed.accountName')}
        rules={required}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name={['bankAccount', 'accountNumber']}
        label={t('finance.failed.accountNumber')}
        rules={required}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name={['bankAccount', 'bankName']}
        label={t('finance.failed.bankName')}
        rules={required}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="reason" label={t('finance.failed.reason')} rules={required}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
