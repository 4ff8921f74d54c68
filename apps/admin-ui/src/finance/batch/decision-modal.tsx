import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchView } from '../../api/types';
import { useDecideBatch } from '../queries';
import { RefusalAlert } from '../../common/refusal-alert';
import { useYuan } from '../../common/use-yuan';

export type Decision = 'approve' | 'reject';

/** A checker's approval or rejection, always with a comment (R28); the API's refusal shows. */
export function DecisionModal(props: {
  batch: BatchView;
  decision: Decision;
  onClose: () => void;
}) {
  const { batch, decision, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  const decide = useDecideBatch(batch.id);
  const yuan = useYuan();
  const approving = decision === 'approve';

  const submit = ({ comment }: { comment: string }) =>
    decide.mutate(
      { decision, comment: comment.trim() },
      {
        onSuccess: () => {
          void message.success(t(approving ? 'finance.batch.approved' : 'finance.batch.rejected'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t(approving ? 'finance.batch.approveTitle' : 'finance.batch.rejectTitle', {
        number: batch.number,
      })}
      okText={t(approving ? 'finance.batch.approve' : 'finance.batch.reject')}
      okButtonProps={{ danger: !approving }}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {decide.error && (
        <RefusalAlert error={decide.error} title={t('finance.batch.decisionFailed')} />
      )}
      <Typography.Paragraph>
        {approving
          ? t('finance.batch.approveHint', {
              count: batch.paymentCount,
              amount: yuan(batch.totalFen),
            })
          : t('finance.batch.rejectHint')}
      </Typography.Paragraph>
      <Form form={form} name="decision" layout="vertical" onFinish={submit}>
        <Form.Item
          name="comment"
          label={t('finance.batch.comment')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('finance.batch.commentPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
