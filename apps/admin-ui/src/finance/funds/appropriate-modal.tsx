import { yuanToFen } from '@civic/domain/money';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundCode } from '../../api/types';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { useFundOptions } from '../fund-options';
import { useAppropriateBudget } from '../queries';
import { useYuan } from '../../common/use-yuan';
import { yearOptions } from './years';

interface Values {
  fund: FundCode;
  fiscalYear: number;
  amountYuan: string;
}

/** Adds to a fund's budget for a year (R27); entered in yuan, sent as fen (R26); audited. */
export function AppropriateModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const appropriate = useAppropriateBudget();
  const funds = useFundOptions();
  const yuan = useYuan();
  const [problems, setProblems] = useState<string[]>([]);
  const required = [{ required: true, message: t('form.required') }];

  const submit = ({ fund, fiscalYear, amountYuan }: Values) => {
    setProblems([]);
    let amountFen: number;
    try {
      amountFen = yuanToFen(amountYuan.trim());
    } catch {
      form.setFields([{ name: 'amountYuan', errors: [t('organizations.form.badAmount')] }]);
      return;
    }
    appropriate.mutate(
      { fund, fiscalYear, amountFen },
      {
        onSuccess: () => {
          const fundName = t(`enums.fund.${fund}`);
          void message.success(
            t('finance.funds.appropriatedOk', {
              fund: fundName,
              year: fiscalYear,
              amount: yuan(amountFen),
            }),
          );
          onClose();
        },
        onError: (error) => {
          setProblems(formProblems(form, error, { aliases: { amountFen: 'amountYuan' } }));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('finance.funds.appropriateTitle')}
      okText={t('finance.funds.appropriate')}
      cancelText={t('common.cancel')}
      confirmLoading={appropriate.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon className="form-alert" title={t('finance.funds.audited')} />
      <ProblemsAlert problems={problems} />
      <Form<Values>
        form={form}
        name="appropriate"
        layout="vertical"
        initialValues={{ fiscalYear: year }}
        onFinish={submit}
      >
        <Form.Item name="fund" label={t('finance.funds.fund')} rules={required}>
          <Select options={funds} />
        </Form.Item>
        <Form.Item name="fiscalYear" label={t('finance.funds.fiscalYear')} rules={required}>
          <Select options={yearOptions(t)} />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('finance.funds.amount')} rules={required}>
          <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
