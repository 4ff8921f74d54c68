import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../common/refusal-alert';
import { type PolicyDecision, useDecidePolicy } from './policy-queries';
import type { PolicyView } from './policy-types';
import { usePolicyLabels } from './use-policy-labels';

/**
 * A decision on a proposed version (R28 applied to policy): a second administrator approves it
 * (it applies from its day, every service receives it) or rejects it with a note; its proposer
 * withdraws it. The API's refusals (the proposer approving their own, a day already taken by an
 * approved version, a version already decided) are explained above the note.
 */
export function DecisionModal(props: {
  doc: PolicyView & { id: string };
  decision: PolicyDecision;
  onClose: () => void;
}) {
  const { doc, decision, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { kindName } = usePolicyLabels();
  const [form] = Form.useForm<{ note?: string }>();
  const decide = useDecidePolicy(doc.id);
  const what = { kind: kindName(doc.kind), version: doc.version, date: doc.effectiveFrom };
  const submit = ({ note }: { note?: string }) =>
    decide.mutate(
      { decision, note: note?.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t(`policies.decide.done.${decision}`, what));
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={t(`policies.decide.${decision}`)}
      okText={t(`policies.decide.${decision}`)}
      okButtonProps={{ 'data-testid': 'decision-ok', danger: decision !== 'approve' }}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {decide.error && (
        <RefusalAlert
          error={decide.error}
          title={t('policies.decide.refused')}
          errorsKey="policies.errors"
        />
      )}
      <Typography.Paragraph>{t(`policies.decide.summary.${decision}`, what)}</Typography.Paragraph>
      <Form form={form} name="policyDecision" layout="vertical" onFinish={submit}>
        <Form.Item
          name="note"
          label={t('policies.decide.note')}
          rules={
            decision === 'reject'
              ? [{ required: true, whitespace: true, message: t('form.required') }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
