import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { AdmissionView, CohortView, SubmitAdmissionDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { AnswerFields, schemaOf } from '../../forms';
import {
  ADMISSION_MAPPING,
  admissionProblems,
  organizationAdmission,
  type PlanValues,
} from '../admissions/admission-values';
import { PlanFields } from '../admissions/plan-fields';
import { useSubmitAdmission } from '../queries';

/**
 * An applicant applies to an open cohort for the organization it acts for (R16); the API screens
 * it at once and works out its priority (R13) from the registry and whom it serves. When the
 * cohort adds questions (issue #17), they are answered here too, checked in full at once.
 */
export function ApplyModal({ cohort, onClose }: { cohort: CohortView; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <FormModal<PlanValues, SubmitAdmissionDto, AdmissionView>
      name="admission"
      width={680}
      title={t('incubation.apply.title', { cohort: cohort.name })}
      okText={t('incubation.apply.submit')}
      mutation={useSubmitAdmission()}
      toBody={(values) => organizationAdmission(cohort.id, values)}
      mapping={ADMISSION_MAPPING}
      problemsOf={admissionProblems}
      done={() => t('incubation.apply.submitted', { cohort: cohort.name })}
      onDone={() => navigate('/incubation/applications')}
      onClose={onClose}
      initialValues={{ servedGroups: [] }}
    >
      <Typography.Paragraph type="secondary">
        {t('incubation.apply.help', { base: cohort.baseName })}
      </Typography.Paragraph>
      <PlanFields />
      {cohort.form && (
        <Card size="small" title={t('forms.title')} data-testid="admission-questions">
          <AnswerFields schema={schemaOf(cohort.form)} />
        </Card>
      )}
    </FormModal>
  );
}
