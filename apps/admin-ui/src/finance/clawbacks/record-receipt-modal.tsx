import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ClawbackView, RecordClawbackReceiptDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { parseYuan, yuanRules } from '../../common/yuan-input';
import { useRequired } from '../../common/use-required';
import { useRecordClawbackReceipt } from '../queries';
import { useYuan } from '../../common/use-yuan';

interface Values {
  amountYuan: string;
  bankReference: string;
  receivedOn: Dayjs;
}

/**
 * A finance maker records money the organization returned, from the bank statement: typed in
 * yuan, sent as fen (R26), up to what is still outstanding; a checker then confirms it (R19, R28).
 */
export function RecordReceiptModal({
  clawback,
  onClose,
}: {
  clawback: ClawbackView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const yuan = useYuan();
  return (
    <FormModal<Values, RecordClawbackReceiptDto, ClawbackView>
      name="receipt"
      title={t('finance.clawbacks.recordTitle', { name: clawback.organizationName })}
      okText={t('finance.clawbacks.record')}
      mutation={useRecordClawbackReceipt(clawback.id)}
      toBody={({ amountYuan, bankReference, receivedOn }) => ({
        amountFen: parseYuan(amountYuan) ?? 0,
        bankReference: bankReference.trim(),
        receivedOn: receivedOn.format('YYYY-MM-DD'),
      })}
      mapping={{ aliases: { amountFen: 'amountYuan' } }}
      done={() => t('finance.clawbacks.recorded')}
      onClose={onClose}
      initialValues={{ receivedOn: dayjs() }}
    >
      <Form.Item
        name="amountYuan"
        label={t('finance.clawbacks.amountYuan')}
        extra={t('finance.clawbacks.outstandingHint', { amount: yuan(clawback.outstandingFen) })}
        rules={[...required, ...yuanRules(t)]}
      >
        <Input suffix="元" inputMode="decimal" autoComplete="off" />
      </Form.Item>
      <Form.Item name="bankReference" label={t('finance.clawbacks.bankReference')} rules={required}>
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('finance.clawbacks.receivedOn')} rules={required}>
        <DatePicker className="full-width" allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}
