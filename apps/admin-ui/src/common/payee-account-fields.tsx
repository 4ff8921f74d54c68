import { Col, Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { BankSelect } from './bank-select';

/**
 * The payee account's fields under `prefix` (R28): holder, number (digits; spaces between groups
 * are fine), the bank picked from the CNAPS list, and the branch. The API checks each one.
 */
export function PayeeAccountFields({ prefix, span = 12 }: { prefix: string[]; span?: number }) {
  const { t } = useTranslation();
  const required: Rule[] = [{ required: true, whitespace: true, message: t('form.required') }];
  const field = (name: string) => [...prefix, name];
  return (
    <>
      <Col xs={24} md={span}>
        <Form.Item name={field('accountName')} label={t('bank.accountName')} rules={required}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item
          name={field('accountNumber')}
          label={t('bank.accountNumber')}
          rules={required}
          extra={t('bank.accountNumberHelp')}
        >
          <Input maxLength={40} inputMode="numeric" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name={field('bankCode')} label={t('bank.bank')} rules={required}>
          <BankSelect />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name={field('bankName')} label={t('bank.branch')} rules={required}>
          <Input maxLength={100} placeholder={t('bank.branchPlaceholder')} />
        </Form.Item>
      </Col>
    </>
  );
}
