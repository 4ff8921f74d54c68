import { yuanToFen } from '@civic/domain/money';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LotteryPurpose } from '../../api/types';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { yearOptions } from '../../finance/funds/years';
import { usePurposeOptions } from '../enums';
import { useCreateProgramme } from '../queries';

interface Values {
  fiscalYear: number;
  purpose: LotteryPurpose;
  name: string;
  budgetYuan: string;
  ruralReservePercent: number;
}

/** A programme of the fund for a year and purpose (R20), its budget in yuan (sent as fen). */
export function CreateProgrammeModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateProgramme();
  const purposes = usePurposeOptions();
  const [problems, setProblems] = useState<string[]>([]);
  const required = [{ required: true, whitespace: true, message: t('form.required') }];

  const submit = ({ budgetYuan, name, ...rest }: Values) => {
    setProblems([]);
    let budgetFen: number;
    try {
      budgetFen = yuanToFen(budgetYuan.trim());
    } catch {
      form.setFields([{ name: 'budgetYuan', errors: [t('organizations.form.badAmount')] }]);
      return;
    }
    create.mutate(
      { ...rest, name: name.trim(), budgetFen },
      {
        onSuccess: (programme) => {
          void message.success(t('lottery.programmes.created', { name: programme.name }));
          onClose();
        },
        onError: (error) => {
          setProblems(formProblems(form, error, { aliases: { budgetFen: 'budgetYuan' } }));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('lottery.programmes.create')}
      okText={t('lottery.programmes.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemsAlert problems={problems} />
      <Form<Values>
        form={form}
        name="programme"
        layout="vertical"
        initialValues={{ fiscalYear: year, ruralReservePercent: 30 }}
        onFinish={submit}
      >
        <Form.Item name="fiscalYear" label={t('finance.funds.fiscalYear')} rules={required}>
          <Select options={yearOptions(t)} />
        </Form.Item>
        <Form.Item name="purpose" label={t('lottery.fields.purpose')} rules={required}>
          <Select options={purposes} />
        </Form.Item>
        <Form.Item name="name" label={t('lottery.fields.programme')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="budgetYuan" label={t('lottery.fields.budget')} rules={required}>
          <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="ruralReservePercent"
          label={t('lottery.fields.ruralReserve')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={0} max={100} precision={0} suffix="%" className="full-width" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
