import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResetSecondFactorDto, SecondFactorResetView, UserView } from '../api/types';
import { FormModal } from '../common/form-modal';
import { useRequired } from '../common/use-required';
import { useResetSecondFactor } from './queries';

/**
 * Resets the second factor of a user who lost both the authenticator app and the recovery codes
 * (issue #15), with the reason for the audit (R31): they set it up again at the next sign-in.
 * Never one's own: the API refuses it, another administrator must do it.
 */
export function SecondFactorResetModal(props: { user: UserView; onClose: () => void }) {
  const { user, onClose } = props;
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <FormModal<ResetSecondFactorDto, ResetSecondFactorDto, SecondFactorResetView>
      name="second-factor-reset"
      title={t('users.secondFactorReset.title', { name: user.displayName })}
      okText={t('users.secondFactorReset.action')}
      mutation={useResetSecondFactor(user.id)}
      toBody={({ reason }) => ({ reason: reason.trim() })}
      done={() => t('users.secondFactorReset.done')}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t('users.secondFactorReset.hint')}
      </Typography.Paragraph>
      <Form.Item name="reason" label={t('users.secondFactorReset.reason')} rules={required}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
