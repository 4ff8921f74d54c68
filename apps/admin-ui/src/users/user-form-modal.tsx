import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../api/types';
import { formProblems } from '../common/form-violations';
import { BindingFields } from './binding-fields';
import { useCreateUser, useUpdateUser } from './queries';
import { useRoleOptions } from './role-options';
import { toCreateUserDto, toUpdateUserDto, type UserFormValues } from './user-form-values';

/** Creates a user, or changes one's name, password, roles and bindings. */
export function UserFormModal({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [problems, setProblems] = useState<string[]>([]);
  const roleOptions = useRoleOptions();
  const required = [{ required: true, message: t('form.required') }];

  const onError = (error: Error) => {
    setProblems(formProblems(form, error));
  };
  const onSuccess = () => {
    void message.success(t('users.saved'));
    onClose();
  };
  const submit = (values: UserFormValues) => {
    setProblems([]);
    if (user)
      update.mutate({ id: user.id, changes: toUpdateUserDto(values) }, { onSuccess, onError });
    else create.mutate(toCreateUserDto(values), { onSuccess, onError });
  };

  return (
    <Modal
      open
      title={user ? t('users.editTitle', { name: user.username }) : t('users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={problems.map((problem) => (
            <div key={problem}>{problem}</div>
          ))}
        />
      )}
      <Form<UserFormValues>
        form={form}
        name="user"
        layout="vertical"
        initialValues={user ? { ...user, countyCode: user.streetCode?.slice(0, 6) } : { roles: [] }}
        onFinish={submit}
      >
        <Form.Item name="username" label={t('users.fields.username')} rules={required}>
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.fields.displayName')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.fields.password')}
          rules={user ? [] : required}
          extra={user ? t('users.passwordKeep') : undefined}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="roles" label={t('users.fields.roles')} rules={required}>
          <Select mode="multiple" options={roleOptions} />
        </Form.Item>
        <BindingFields />
      </Form>
    </Modal>
  );
}
