import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../../common/refusal-alert';
import { useDecideEntry } from './directory-queries';
import type { DirectoryDecision, DirectoryEntryView } from './directory-types';

/**
 * An officer's decision on an entry (R24): to list it (列入), to refuse it (不予列入) or to remove
 * a listed one (移出). Refusing and removing need the reason, which the undertaker and the audit
 * trail keep; a refusal of the API (no reason, a decision the entry's status does not allow) is
 * explained above the form.
 */
export function DecisionModal(props: {
  entry: DirectoryEntryView;
  decision: DirectoryDecision;
  onClose: () => void;
}) {
  const { entry, decision, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const decide = useDecideEntry(entry.id);
  const needsReason = decision !== 'LISTED';
  const submit = ({ reason }: { reason?: string }) =>
    decide.mutate(
      { decision, ...(reason?.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          void message.success(
            t(`procurement.directory.decided.${decision}`, { name: entry.name }),
          );
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={t(`procurement.directory.decide.${decision}`)}
      okText={t(`procurement.directory.decide.${decision}`)}
      okButtonProps={{ 'data-testid': 'decision-ok', danger: decision !== 'LISTED' }}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {decide.error && (
        <RefusalAlert
          error={decide.error}
          title={t('procurement.directory.decisionRefused')}
          errorsKey="procurement.directory.errors"
        />
      )}
      <Typography.Paragraph>
        {t(`procurement.directory.decideSummary.${decision}`, { name: entry.name })}
      </Typography.Paragraph>
      <Form form={form} name="decision" layout="vertical" onFinish={submit}>
        {needsReason && (
          <Form.Item
            name="reason"
            label={t('procurement.directory.reason')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
