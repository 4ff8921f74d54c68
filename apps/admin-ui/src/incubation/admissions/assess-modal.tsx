import { DEFAULT_INCUBATION_POLICY } from '@civic/domain/incubation';
import { Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionAssessmentDto, AdmissionView } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { useAssessAdmission } from '../queries';

/**
 * Staff score an applicant's merit, 0–100 (R16); with its priority bonus it makes the rank score
 * (R13). Scoring again replaces the score; audited.
 */
export function AssessModal(props: { admission: AdmissionView; onClose: () => void }) {
  const { admission, onClose } = props;
  const { t } = useTranslation();
  const required = useRequired();
  const { passingMerit, version } = DEFAULT_INCUBATION_POLICY;
  return (
    <FormModal<AdmissionAssessmentDto, AdmissionAssessmentDto, AdmissionView>
      name="assessment"
      title={t('incubation.assess.title', { name: admission.name })}
      okText={t('incubation.assess.ok')}
      okTestId="assess-ok"
      mutation={useAssessAdmission(admission.id)}
      toBody={(values) => values}
      done={(a) => t('incubation.assess.done', { name: a.name, merit: a.merit })}
      onClose={onClose}
      initialValues={{ merit: admission.merit }}
    >
      <Typography.Paragraph type="secondary">
        {t('incubation.assess.help', { passing: passingMerit, version })}
      </Typography.Paragraph>
      <Form.Item name="merit" label={t('incubation.assess.merit')} rules={required}>
        <InputNumber min={0} max={100} precision={0} className="full-width" />
      </Form.Item>
    </FormModal>
  );
}
