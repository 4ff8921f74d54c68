import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblems } from '../../common/form-violations';
import { RefusalAlert } from '../../common/refusal-alert';
import { useRaiseObjection } from './undertaker-queries';
import type { BidView } from './undertaker-types';

/**
 * 提出质疑 (R25): a bidder objects to a project's published result while its objection window is
 * open (the API decides by the database clock and says so when it has closed). The officers
 * answer; upheld, the award passes to the next bid in rank.
 */
export function ObjectionModal(props: { bid: BidView; onClose: () => void }) {
  const { bid } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const raise = useRaiseObjection(bid.projectId);
  const [refusal, setRefusal] = useState<Error | null>(null);
  const submit = (values: { text: string }) => {
    setRefusal(null);
    raise.mutate(
      { text: values.text.trim() },
      {
        onSuccess: () => {
          void message.success(t('procurement.undertaker.objection.raised'));
          props.onClose();
        },
        onError: (error) => {
          formProblems(form, error);
          setRefusal(error);
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('procurement.undertaker.objection.title')}
      okText={t('procurement.undertaker.objection.submit')}
      okButtonProps={{ 'data-testid': 'objection-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={raise.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('procurement.undertaker.objection.intro', { title: bid.projectTitle })}
      </Typography.Paragraph>
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.undertaker.objection.refused')}
          errorsKey="procurement.undertaker.errors"
        />
      )}
      <Form<{ text: string }> form={form} name="objection" layout="vertical" onFinish={submit}>
        <Form.Item
          name="text"
          label={t('procurement.undertaker.objection.text')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { min: 10, message: t('procurement.undertaker.objection.tooShort') },
          ]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
