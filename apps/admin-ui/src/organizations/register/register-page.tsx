import { Button, Card, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/errors';
import { applyViolations } from '../../common/form-violations';
import { useRegisterOrganization } from '../queries';
import { BasicsSection } from './basics-section';
import { CustodianSection } from './custodian-section';
import { ExtraSection } from './extra-section';
import { FoundingSection } from './founding-section';
import {
  INITIAL_VALUES,
  VIOLATION_MAPPING,
  type RegisterFormValues,
  toRegisterDto,
} from './form-values';
import { LeadersSection } from './leaders-section';
import { LocationSection } from './location-section';
import { PostalSection } from './postal-section';
import { type Rejection, RejectionAlert } from './rejection-alert';
import { ScaleSection } from './scale-section';

/**
 * Registers an organization (R1–R5, R10, R29). The API decides what is valid: its violations
 * appear on their fields, in the user's language, and the rest in an alert above the form.
 */
export function RegisterOrganizationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterFormValues>();
  const register = useRegisterOrganization();
  const [rejection, setRejection] = useState<Rejection | null>(null);

  const submit = (values: RegisterFormValues) => {
    setRejection(null);
    let body;
    try {
      body = toRegisterDto(values);
    } catch {
      form.setFields([
        { name: 'registeredFundsYuan', errors: [t('organizations.form.badAmount')] },
      ]);
      return;
    }
    register.mutate(body, {
      onSuccess: (organization) => navigate(`/organizations/${organization.id}`),
      onError: (error) => {
        const violations = error instanceof ApiError ? error.violations : [];
        const unmatched = applyViolations(form, violations, VIOLATION_MAPPING);
        setRejection({
          message: error.message,
          unmatched,
          onFields: violations.length - unmatched.length,
        });
      },
    });
  };

  return (
    <Form<RegisterFormValues>
      form={form}
      name="register"
      layout="vertical"
      initialValues={INITIAL_VALUES}
      onFinish={submit}
      scrollToFirstError
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Title level={3}>{t('organizations.form.title')}</Typography.Title>
        {rejection && <RejectionAlert rejection={rejection} />}
        <Card title={t('organizations.form.basics')}>
          <BasicsSection />
        </Card>
        <Card title={t('organizations.form.location')}>
          <LocationSection />
        </Card>
        <Card title={t('organizations.form.postal')}>
          <PostalSection />
        </Card>
        <Card title={t('organizationFounding.title')}>
          <FoundingSection />
        </Card>
        <Card title={t('organizations.form.scale')}>
          <ScaleSection />
        </Card>
        <Card title={t('organizations.leaders.title')}>
          <LeadersSection />
        </Card>
        <Card title={t('organizations.form.custodian')}>
          <CustodianSection />
        </Card>
        <Card title={t('organizations.form.extra')}>
          <ExtraSection />
        </Card>
        <Button type="primary" htmlType="submit" size="large" loading={register.isPending}>
          {t('organizations.form.submit')}
        </Button>
      </Space>
    </Form>
  );
}
