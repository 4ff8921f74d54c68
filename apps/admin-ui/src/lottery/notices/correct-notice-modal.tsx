import { Alert, App, Col, Form, Input, Modal, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeContentDto, NoticeView } from '../../api/types';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { yuanRules } from '../../common/yuan-input';
import { useCorrectNotice } from '../disclosure-queries';
import {
  CORRECTION_MAPPING,
  type CorrectionValues,
  correctionValues,
  toCorrectNoticeDto,
} from './correction-values';

/**
 * An officer corrects a project's notice (R23): the form starts from what it says, the reason is
 * required. A new notice is published pointing to the old one, which stays, marked corrected.
 */
export function CorrectNoticeModal(props: {
  notice: NoticeView;
  content: NoticeContentDto;
  onClose: () => void;
}) {
  const { notice, content, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CorrectionValues>();
  const correct = useCorrectNotice(notice.id);
  const [problems, setProblems] = useState<string[]>([]);
  const required = [{ required: true, whitespace: true, message: t('form.required') }];

  const submit = (values: CorrectionValues) => {
    setProblems([]);
    correct.mutate(toCorrectNoticeDto(values), {
      onSuccess: () => {
        void message.success(t('lottery.notices.corrected'));
        onClose();
      },
      onError: (error) => setProblems(formProblems(form, error, CORRECTION_MAPPING)),
    });
  };

  const item = (name: keyof CorrectionValues['content'], label: string, max: number) => (
    <Col xs={24} md={12}>
      <Form.Item name={['content', name]} label={t(label)} rules={required}>
        <Input maxLength={max} />
      </Form.Item>
    </Col>
  );
  return (
    <Modal
      open
      width={720}
      title={t('lottery.notices.correctTitle', { title: notice.title })}
      okText={t('lottery.notices.correctOk')}
      okButtonProps={{ 'data-testid': 'correct-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={correct.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon className="form-alert" title={t('lottery.notices.correctHelp')} />
      <ProblemsAlert problems={problems} />
      <Form<CorrectionValues>
        form={form}
        name="correction"
        layout="vertical"
        initialValues={correctionValues(content)}
        onFinish={submit}
      >
        <Row gutter={16}>
          {item('projectName', 'lottery.fields.project', 100)}
          {item('unit', 'lottery.public.unit', 100)}
          <Col xs={24} md={12}>
            <Form.Item
              name={['content', 'amountYuan']}
              label={t('lottery.public.amount')}
              rules={yuanRules(t)}
            >
              <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={0} md={12} />
          {item('contactName', 'organizations.fields.contactName', 50)}
          {item('contactPhone', 'organizations.fields.contactPhone', 20)}
        </Row>
        <Form.Item name="reason" label={t('lottery.notices.reason')} rules={required}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
