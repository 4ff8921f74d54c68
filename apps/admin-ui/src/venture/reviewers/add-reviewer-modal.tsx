import { Permission } from '@civic/domain/access';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/use-can';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { useCreateReviewer } from '../review-queries';
import type { CreateReviewerDto, ReviewerView } from '../types';
import { ReviewerEntryFields } from './entry-fields';
import { RelationFields } from './relation-fields';
import { type ReviewerFormValues, toCreateReviewerDto } from './reviewer-values';
import { ReviewerUserSelect } from './reviewer-user-select';

/**
 * Adds an expert to the pool (R18): the user account they sign in with to review, their name and
 * fields, and every tie they declare (employment, directorship, supervision, control of an
 * organization; kinship with a person), each with its dates.
 */
export function AddReviewerModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const can = useCan();
  const create = useCreateReviewer();
  return (
    <FormModal<ReviewerFormValues, CreateReviewerDto, ReviewerView>
      name="reviewer"
      title={t('venture.reviewers.add')}
      okText={t('venture.reviewers.add')}
      mutation={create}
      toBody={toCreateReviewerDto}
      done={(reviewer) => t('venture.reviewers.added', { name: reviewer.name })}
      onClose={onClose}
      initialValues={{ fields: [], relations: [] }}
      mapping={{ lists: ['fields'] }}
      width={880}
    >
      {can(Permission.USER_MANAGE) ? (
        <ReviewerUserSelect />
      ) : (
        <Form.Item
          name="userId"
          label={t('venture.reviewers.userId')}
          extra={t('venture.reviewers.userIdHint')}
          rules={required}
        >
          <Input maxLength={36} autoComplete="off" />
        </Form.Item>
      )}
      <ReviewerEntryFields />
      <RelationFields />
    </FormModal>
  );
}
