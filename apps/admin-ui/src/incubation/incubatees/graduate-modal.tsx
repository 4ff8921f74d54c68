import { Alert, Checkbox, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import type { GraduateDto, IncubateeView } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { manualLabels, unmetCriteria } from '../criteria';
import { useCriterionText } from '../criteria-list';
import { useGraduate } from '../incubatee-queries';
import type { IncubateeDialogProps } from './incubatee-dialog';

/**
 * Graduation (出壳) against the cohort's recorded criteria (R16): staff tick the ones they confirm
 * by hand and may add a note. A refusal marks each criterion not met, in the API's words.
 */
export function GraduateModal({ cohort, incubatee, onClose }: IncubateeDialogProps) {
  const { t } = useTranslation();
  const text = useCriterionText();
  const graduate = useGraduate(incubatee.id);
  const violations = graduate.error instanceof ApiError ? graduate.error.violations : [];
  const unmet = unmetCriteria(violations);
  const manual = manualLabels(cohort.graduationCriteria);
  return (
    <FormModal<GraduateDto, GraduateDto, IncubateeView>
      name="graduation"
      title={t('incubation.graduate.title', { name: incubatee.name })}
      okText={t('incubation.actions.graduate')}
      mutation={graduate}
      toBody={({ confirmed, note }) => ({
        confirmed: confirmed ?? [],
        ...(note?.trim() ? { note: note.trim() } : {}),
      })}
      problemsOf={(error) => (unmetCriteria(violationsOf(error)).size > 0 ? [] : [error.message])}
      done={(i) => t('incubation.graduate.done', { name: i.name })}
      onClose={onClose}
      initialValues={{ confirmed: [] }}
    >
      <Typography.Paragraph type="secondary">
        {t('incubation.graduate.facts', {
          trainings: incubatee.trainingSessionsAttended,
          activities: incubatee.activitiesHeld,
        })}
      </Typography.Paragraph>
      {unmet.size > 0 && (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          data-testid="unmet-criteria"
          title={t('incubation.graduate.unmet', { count: unmet.size })}
        />
      )}
      <ul className="reason-list form-alert">
        {cohort.graduationCriteria.map((c, i) => (
          <li key={i} data-testid="criterion" data-met={String(!unmet.has(i))}>
            {text(c)}
            {unmet.has(i) && <div className="danger-text">✗ {unmet.get(i)}</div>}
          </li>
        ))}
      </ul>
      {manual.length > 0 && (
        <Form.Item name="confirmed" label={t('incubation.graduate.confirmed')}>
          <Checkbox.Group options={manual} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('incubation.graduate.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

const violationsOf = (error: Error) => (error instanceof ApiError ? error.violations : []);
