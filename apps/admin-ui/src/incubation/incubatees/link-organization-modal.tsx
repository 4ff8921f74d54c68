import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncubateeView, LinkOrganizationDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { trimmed } from '../form-values';
import { useLinkOrganization } from '../incubatee-queries';
import type { IncubateeDialogProps } from './incubatee-dialog';

/**
 * A founding group registered (or filed) during incubation: its record follows the organization
 * from now on, which graduation and the start-up subsidy need (R5, R16). Staff see only their
 * base's organizations in the registry, so the new one is entered by its number.
 */
export function LinkOrganizationModal({ incubatee, onClose }: IncubateeDialogProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <FormModal<LinkOrganizationDto, LinkOrganizationDto, IncubateeView>
      name="link"
      title={t('incubation.link.title', { name: incubatee.name })}
      okText={t('incubation.actions.link')}
      mutation={useLinkOrganization(incubatee.id)}
      toBody={trimmed}
      done={(i) => t('incubation.link.done', { name: i.name })}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('incubation.link.help')}</Typography.Paragraph>
      <Form.Item name="organizationId" label={t('incubation.link.organizationId')} rules={required}>
        <Input placeholder="xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
