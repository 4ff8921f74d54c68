import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, AssessmentDto } from '../../api/types';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { useYuan } from '../../common/use-yuan';
import { useAssess } from '../queries';

/**
 * An officer scores an undecided application's merit, 0–100 (R13), with an optional comment; it
 * then takes its place in the ranking. Scoring again replaces the score; audited.
 */
export function AssessModal(props: { application: ApplicationView; onClose: () => void }) {
  const { application, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const yuan = useYuan();
  const [form] = Form.useForm<AssessmentDto>();
  const assess = useAssess(application.id);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = ({ merit, comment }: AssessmentDto) => {
    setProblems([]);
    const text = comment?.trim();
    assess.mutate(
      { merit, ...(text ? { comment: text } : {}) },
      {
        onSuccess: () => {
          void message.success(
            t('lottery.assess.done', { project: application.projectName, merit }),
          );
          onClose();
        },
        onError: (error) => setProblems(formProblems(form, error)),
      },
    );
  };

  return (
    <Modal
      open
      title={t('lottery.assess.title', { project: application.projectName })}
      okText={t('lottery.assess.ok')}
      okButtonProps={{ 'data-testid': 'assess-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={assess.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemsAlert problems={problems} />
      <Typography.Paragraph>
        {t('lottery.review.summary', {
          organization: application.organizationName,
          amount: yuan(application.requestedFen),
        })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('lottery.assess.help')}</Typography.Paragraph>
      <Form<AssessmentDto>
        form={form}
        name="assessment"
        layout="vertical"
        initialValues={{ merit: application.merit }}
        onFinish={submit}
      >
        <Form.Item
          name="merit"
          label={t('lottery.fields.merit')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={0} max={100} precision={0} className="full-width" />
        </Form.Item>
        <Form.Item name="comment" label={t('lottery.assess.comment')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
