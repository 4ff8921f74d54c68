import { validateContact } from '@civic/domain/identifiers';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import type { ObjectionDto } from '../../api/types';
import { applyViolations } from '../../common/form-violations';
import { useObject } from '../disclosure-queries';

/** Anyone may object to a notice during its publicity period (公示期, R23), without logging in. */
export function ObjectionForm({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ObjectionDto>();
  const object = useObject(noticeId);
  const [problem, setProblem] = useState<string | null>(null);
  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} data-testid="object">
        {t('lottery.public.object')}
      </Button>
    );
  }
  const submit = (values: ObjectionDto) => {
    setProblem(null);
    object.mutate(values, {
      onSuccess: () => {
        void message.success(t('lottery.public.objected'));
        form.resetFields();
        setOpen(false);
      },
      onError: (error) => {
        const violations = error instanceof ApiError ? error.violations : [];
        const left = applyViolations(form, violations);
        if (violations.length === 0 || left.length > 0) {
          setProblem(left.length > 0 ? left.map((v) => v.message).join('；') : error.message);
        }
      },
    });
  };
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  // A phone or an e-mail address (R23); the API checks it again and answers 400 otherwise.
  const contactRules = [
    ...required,
    {
      validator: (_: unknown, value?: string) =>
        !value?.trim() || validateContact(value).valid
          ? Promise.resolve()
          : Promise.reject(new Error(t('lottery.public.objectorContactInvalid'))),
    },
  ];
  return (
    <Form<ObjectionDto>
      form={form}
      name={`objection-${noticeId}`}
      layout="vertical"
      onFinish={submit}
      data-testid="objection-form"
    >
      {problem && <Alert type="error" showIcon className="form-alert" title={problem} />}
      <Form.Item name="name" label={t('lottery.public.objectorName')} rules={required}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="contact"
        label={t('lottery.public.objectorContact')}
        rules={contactRules}
        extra={t('lottery.public.objectorContactHelp')}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="content" label={t('lottery.public.objection')} rules={required}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={object.isPending}>
        {t('lottery.public.submitObjection')}
      </Button>{' '}
      <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
    </Form>
  );
}
