import { Card, Form, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { AdmissionView, CohortView, SubmitAdmissionDto } from '../../api/types';
import { formDraftKey } from '../../common/autosave';
import { DraftRestoredNote, DraftSaveState } from '../../common/draft-status';
import { FormModal } from '../../common/form-modal';
import { useAutosavedDraft } from '../../common/use-autosaved-draft';
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
 * cohort adds questions (issue #17), they are answered here too, checked in full at once. What
 * is typed is autosaved as a draft for this cohort (issue #18): closed, reloaded or cut off, the
 * form opens again as it was left; the draft goes once the application is submitted.
 */
export function ApplyModal({ cohort, onClose }: { cohort: CohortView; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlanValues>();
  const draft = useAutosavedDraft(form, formDraftKey('admission', cohort.id));
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
      onDone={() => {
        void draft.submitted();
        navigate('/incubation/applications');
      }}
      onClose={onClose}
      initialValues={{ servedGroups: [] }}
      form={form}
      onValuesChange={draft.changed}
      notice={<DraftRestoredNote draft={draft} />}
      footerNote={<DraftSaveState draft={draft} />}
    >
      <Typography.Paragraph type="secondary">
        {t('incubation.apply.help', { base: cohort.baseName })}
      </Typography.Paragraph>
      {draft.ready ? (
        <>
          <PlanFields />
          {cohort.form && (
            <Card size="small" title={t('forms.title')} data-testid="admission-questions">
              <AnswerFields schema={schemaOf(cohort.form)} />
            </Card>
          )}
        </>
      ) : (
        <Spin />
      )}
    </FormModal>
  );
}
