import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  ClawbackReceiptDecisionDto,
  ClawbackReceiptView,
  ClawbackView,
} from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { useDecideClawbackReceipt } from '../queries';
import { useYuan } from '../../common/use-yuan';

/**
 * A finance checker decides someone else's receipt (R28): confirmed, it is posted to the ledger
 * and the money is back in the fund-year's budget (R27); rejected, it counts for nothing.
 */
export function ReceiptDecisionModal({
  clawback,
  receipt,
  onClose,
}: {
  clawback: ClawbackView;
  receipt: ClawbackReceiptView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const yuan = useYuan();
  return (
    <FormModal<ClawbackReceiptDecisionDto, ClawbackReceiptDecisionDto, ClawbackView>
      name="decision"
      title={t('finance.clawbacks.decideTitle', {
        amount: yuan(receipt.amountFen),
        name: clawback.organizationName,
      })}
      okText={t('finance.clawbacks.decide')}
      mutation={useDecideClawbackReceipt(clawback.id, receipt.id)}
      toBody={({ outcome, comment }) => ({ outcome, comment: comment.trim() })}
      done={(c) =>
        t('finance.clawbacks.decided', { status: t(`enums.clawbackStatus.${c.status}`) })
      }
      onClose={onClose}
      initialValues={{ outcome: 'CONFIRMED' }}
    >
      <p data-testid="receipt-reference">
        {t('finance.clawbacks.receiptLine', {
          reference: receipt.bankReference,
          day: receipt.receivedOn,
        })}
      </p>
      <Form.Item name="outcome" rules={required}>
        <Radio.Group>
          <Radio value="CONFIRMED">{t('finance.clawbacks.confirm')}</Radio>
          <Radio value="REJECTED">{t('finance.clawbacks.reject')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="comment" label={t('finance.clawbacks.comment')} rules={required}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
