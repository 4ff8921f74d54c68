import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../common/form-modal';
import { useReportMilestone, useReviewMilestone } from '../award-queries';
import { useVentureLabels } from '../labels';
import type { AwardView, MilestoneOutcome, TrancheView } from '../types';

interface Props {
  award: AwardView;
  tranche: TrancheView;
  onClose: () => void;
}

const requiredText = (message: string) => [{ required: true, whitespace: true, message }];

/** The organization reports a milestone (mid-term review, final evaluation) (R19). */
export function ReportModal({ award, tranche, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useVentureLabels();
  const report = useReportMilestone(award.id, tranche.position);
  return (
    <FormModal<{ report: string }, string, AwardView>
      name="report"
      title={t('venture.tranches.reportTitle', { tranche: labels.tranche(tranche.key) })}
      okText={t('venture.tranches.submitReport')}
      mutation={report}
      toBody={(values) => values.report.trim()}
      done={() => t('venture.tranches.reported')}
      onClose={onClose}
      initialValues={{ report: tranche.report ?? '' }}
    >
      <Form.Item
        name="report"
        label={t('venture.tranches.reportLabel')}
        rules={requiredText(t('form.required'))}
      >
        <Input.TextArea rows={5} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** The officer approves a reported milestone (its tranche is released) or fails it (R19). */
export function EvaluateModal({ award, tranche, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useVentureLabels();
  const review = useReviewMilestone(award.id, tranche.position);
  type Values = { outcome: MilestoneOutcome; comment: string };
  return (
    <FormModal<Values, Values, AwardView>
      name="evaluation"
      title={t('venture.tranches.evaluateTitle', { tranche: labels.tranche(tranche.key) })}
      okText={t('venture.tranches.evaluate')}
      mutation={review}
      toBody={(values) => ({ outcome: values.outcome, comment: values.comment.trim() })}
      done={(result) =>
        t('venture.tranches.evaluated', {
          milestone: labels.milestone(
            result.tranches.find((x) => x.position === tranche.position)?.milestone ?? 'SUBMITTED',
          ),
        })
      }
      onClose={onClose}
    >
      <p data-testid="evaluated-report">{tranche.report}</p>
      <Form.Item
        name="outcome"
        label={t('venture.tranches.outcome')}
        rules={requiredText(t('form.required'))}
      >
        <Radio.Group
          options={(['APPROVED', 'FAILED'] as const).map((value) => ({
            value,
            label: labels.milestone(value),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="comment"
        label={t('venture.tranches.comment')}
        rules={requiredText(t('form.required'))}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
