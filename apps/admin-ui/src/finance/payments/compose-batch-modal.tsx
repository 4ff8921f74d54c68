import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { PaymentView } from '../../api/types';
import { useCreateBatch } from '../queries';
import { RefusalAlert } from '../../common/refusal-alert';
import { useYuan } from '../../common/use-yuan';

/**
 * Puts the chosen payments into a batch and submits it for checking (R28), with an optional
 * note, then opens the batch. A refusal (422: a payment no longer awaits a batch) is listed, each
 * payment named by its organization and amount; closing then tells the page to pick again.
 */
export function ComposeBatchModal(props: {
  payments: PaymentView[];
  onClose: (refused: boolean) => void;
}) {
  const { payments, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ note?: string }>();
  const create = useCreateBatch();
  const yuan = useYuan();
  const [refusal, setRefusal] = useState<Error | null>(null);
  const totalFen = payments.reduce((sum, p) => sum + p.amountFen, 0);
  const nameOf = (p: PaymentView) =>
    t('common.withNote', { text: p.organizationName, note: yuan(p.amountFen) });
  const named = (detail: string) =>
    payments.reduce((text, p) => text.replaceAll(p.id, nameOf(p)), detail);

  const submit = ({ note }: { note?: string }) => {
    setRefusal(null);
    const body = { paymentIds: payments.map((p) => p.id), note: note?.trim() || undefined };
    create.mutate(body, {
      onSuccess: (batch) => {
        void message.success(t('finance.payments.created', { number: batch.number }));
        navigate(`/finance/batches/${batch.id}`);
      },
      onError: setRefusal,
    });
  };

  return (
    <Modal
      open
      title={t('finance.payments.composeTitle')}
      okText={t('finance.payments.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      // Submits straight from the field's value: form.submit() does nothing when the click comes
      // before the form inside the opening dialog is connected (a dropped click under load).
      onOk={() => submit({ note: form.getFieldValue('note') as string | undefined })}
      onCancel={() => onClose(refusal !== null)}
      destroyOnHidden
    >
      {refusal && (
        <RefusalAlert error={refusal} title={t('finance.payments.composeFailed')} rewrite={named} />
      )}
      <Typography.Paragraph>
        {t('finance.payments.composeSummary', { count: payments.length, amount: yuan(totalFen) })}
      </Typography.Paragraph>
      <Form form={form} name="compose" layout="vertical" onFinish={submit}>
        <Form.Item name="note" label={t('finance.payments.note')}>
          <Input.TextArea
            maxLength={200}
            showCount
            rows={2}
            placeholder={t('finance.payments.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
