import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../api/types';
import { refusalCode } from '../../common/refusal';
import { RefusalAlert } from '../../common/refusal-alert';
import { useYuan } from '../../common/use-yuan';
import { type Decision, useDecideApplication } from '../queries';

const BELOW_FLOOR = 'RULE_R21_BELOW_ELDERCARE_FLOOR';

/**
 * An officer approves or rejects an application, always with a comment the applicant sees. An
 * approval that would leave the year's eldercare share below its floor (R21) is answered with a
 * warning; the officer may approve anyway, which resends it with the warning accepted.
 */
export function DecisionModal(props: {
  application: ApplicationView;
  decision: Decision;
  onClose: () => void;
}) {
  const { application, decision, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const yuan = useYuan();
  const [form] = Form.useForm<{ comment: string }>();
  const decide = useDecideApplication(application.id);
  const [warning, setWarning] = useState<string | null>(null);
  const approving = decision === 'approve';

  const submit = ({ comment }: { comment: string }) =>
    decide.mutate(
      { decision, comment: comment.trim(), acceptEldercareWarning: warning ? true : undefined },
      {
        onSuccess: () => {
          void message.success(
            t(approving ? 'lottery.review.approved' : 'lottery.review.rejected'),
          );
          onClose();
        },
        onError: (error) => {
          if (refusalCode(error) === BELOW_FLOOR) setWarning(error.message);
        },
      },
    );

  const okText = warning
    ? t('lottery.review.approveAnyway')
    : t(approving ? 'lottery.review.approve' : 'lottery.review.reject');
  return (
    <Modal
      open
      title={t(approving ? 'lottery.review.approveTitle' : 'lottery.review.rejectTitle', {
        project: application.projectName,
      })}
      okText={okText}
      okButtonProps={{ danger: !approving || warning !== null, 'data-testid': 'decision-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {warning && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          data-testid="eldercare-warning"
          title={t('lottery.review.belowFloor')}
          description={warning}
        />
      )}
      {decide.error && refusalCode(decide.error) !== BELOW_FLOOR && (
        <RefusalAlert
          error={decide.error}
          title={t('lottery.review.decisionFailed')}
          errorsKey="lottery.errors"
        />
      )}
      <Typography.Paragraph>
        {t('lottery.review.summary', {
          organization: application.organizationName,
          amount: yuan(application.requestedFen),
        })}
      </Typography.Paragraph>
      <Form form={form} name="decision" layout="vertical" onFinish={submit}>
        <Form.Item
          name="comment"
          label={t('lottery.review.comment')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
