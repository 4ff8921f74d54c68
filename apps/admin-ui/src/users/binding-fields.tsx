import { ROLE_BINDING, type RoleBinding } from '@civic/domain/access';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { CountySelect } from '../divisions/county-select';
import { StreetSelect } from '../divisions/street-select';
import { BaseSelect } from '../incubation/base-select';
import { OrganizationSelect } from '../organizations/organization-select';

/** The organization, base or street/township the chosen roles are bound to (domain.md "Actors"). */
export function BindingFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const roles: Role[] = Form.useWatch('roles', form) ?? [];
  const streetCode: string | undefined = Form.useWatch('streetCode', form);
  const countyCode: string | undefined =
    Form.useWatch('countyCode', form) ?? streetCode?.slice(0, 6);
  const needs = (binding: RoleBinding) => roles.some((role) => ROLE_BINDING[role] === binding);
  return (
    <>
      {needs('organization') && (
        <Form.Item name="organizationId" label={t('home.organization')}>
          <OrganizationSelect allowClear />
        </Form.Item>
      )}
      {needs('base') && (
        <Form.Item name="baseId" label={t('home.base')}>
          <BaseSelect allowClear />
        </Form.Item>
      )}
      {needs('street') && (
        <>
          <Form.Item name="countyCode" label={t('divisions.county')}>
            <CountySelect onChange={() => form.setFieldValue('streetCode', undefined)} />
          </Form.Item>
          <Form.Item name="streetCode" label={t('home.street')}>
            <StreetSelect countyCode={countyCode} />
          </Form.Item>
        </>
      )}
    </>
  );
}
