import type { UseMutationResult } from '@tanstack/react-query';
import { App, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblems, type ViolationMapping } from './form-violations';
import { ProblemsAlert } from './problems-alert';

interface Props<V, B, R> {
  /** The form's name: its fields' ids are `<name>_<field>`. */
  name: string;
  title: ReactNode;
  okText: string;
  mutation: UseMutationResult<R, Error, B>;
  /** The request body from what was typed (amounts in yuan become fen here, R26). */
  toBody: (values: V) => B;
  /** The message shown once the API took it. */
  done: (result: R) => string;
  onClose: () => void;
  /** Called with the API's answer after the message, before closing. */
  onDone?: (result: R) => void;
  initialValues?: Partial<V>;
  mapping?: ViolationMapping;
  /** What goes above the form after a refusal; by default what no field shows. */
  problemsOf?: (error: Error, form: FormInstance<V>) => string[];
  okTestId?: string;
  width?: number;
  /** The form's instance, when the caller works with it too (an autosaved draft, issue #18). */
  form?: FormInstance<V>;
  /** Called when the user changes a field. */
  onValuesChange?: () => void;
  /** Above the form, beside its problems (a restored draft's note). */
  notice?: ReactNode;
  /** In the footer, before its buttons (how the draft's autosave is doing). */
  footerNote?: ReactNode;
  children: ReactNode;
}

/**
 * A modal form sent as one API call. The API decides what is valid: its violations show on
 * their fields in the API's own words, the rest in an alert above the form (see formProblems).
 */
export function FormModal<V extends object, B, R>(props: Props<V, B, R>) {
  const { mutation, toBody, done, onClose, onDone, mapping, problemsOf } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [own] = Form.useForm<V>();
  const form = props.form ?? own;
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (values: V) => {
    setProblems([]);
    mutation.mutate(toBody(values), {
      onSuccess: (result) => {
        void message.success(done(result));
        onDone?.(result);
        onClose();
      },
      onError: (error) =>
        setProblems(problemsOf ? problemsOf(error, form) : formProblems(form, error, mapping)),
    });
  };

  return (
    <Modal
      open
      title={props.title}
      width={props.width}
      okText={props.okText}
      okButtonProps={{ 'data-testid': props.okTestId ?? `${props.name}-ok` }}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      footer={
        props.footerNote
          ? (_, { OkBtn, CancelBtn }) => (
              <>
                {props.footerNote}
                <CancelBtn />
                <OkBtn />
              </>
            )
          : undefined
      }
    >
      {props.notice}
      <ProblemsAlert problems={problems} />
      <Form<V>
        form={form}
        name={props.name}
        layout="vertical"
        initialValues={props.initialValues}
        onValuesChange={props.onValuesChange}
        onFinish={submit}
      >
        {props.children}
      </Form>
    </Modal>
  );
}
