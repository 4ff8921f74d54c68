import { Form, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../common/form-modal';
import { useUpdateReviewer } from '../review-queries';
import type { ReviewerView, UpdateReviewerDto } from '../types';
import { ReviewerEntryFields } from './entry-fields';
import { RelationFields } from './relation-fields';
import {
  type EditReviewerValues,
  toEditReviewerValues,
  toUpdateReviewerDto,
} from './reviewer-values';

/**
 * Keeps an expert's entry current (R18): name, fields, the ties as now declared (a new job, a
 * marriage, a tie that ended) and whether they are still drawn. Changes count from the next
 * draw; draws already made keep their reviewers and recusals.
 */
export function EditReviewerModal({
  reviewer,
  onClose,
}: {
  reviewer: ReviewerView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateReviewer(reviewer.id);
  return (
    <FormModal<EditReviewerValues, UpdateReviewerDto, ReviewerView>
      name="reviewer"
      title={t('venture.reviewers.edit', { name: reviewer.name })}
      okText={t('common.save')}
      mutation={update}
      toBody={toUpdateReviewerDto}
      done={(saved) => t('venture.reviewers.saved', { name: saved.name })}
      onClose={onClose}
      initialValues={toEditReviewerValues(reviewer)}
      mapping={{ lists: ['fields'] }}
      width={880}
    >
      <ReviewerEntryFields />
      <Form.Item
        name="active"
        label={t('venture.reviewers.drawn')}
        extra={t('venture.reviewers.drawnHint')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <RelationFields />
    </FormModal>
  );
}
