import { Permission } from '@civic/domain/access';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/use-can';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { ReviewerEntryFields } from '../../venture/reviewers/entry-fields';
import { RelationFields } from '../../venture/reviewers/relation-fields';
import { ReviewerUserSelect } from '../../venture/reviewers/reviewer-user-select';
import {
  type ReviewerFormValues,
  toCreateReviewerDto,
} from '../../venture/reviewers/reviewer-values';
import type { CreateReviewerDto, ReviewerView } from '../../venture/types';
import { useAddExpert } from './expert-queries';

/**
 * Adds an expert to government purchase's pool (R18), with the venture pool's form: the account
 * they sign in with to score (picked among users with the reviewer role where the user list may
 * be read, i.e. by an administrator; else its id as the administrator gave it), their name and
 * fields, and every tie they declare (employment, directorship, supervision, control of an
 * organization; kinship), each with its dates. The draw steps them aside for a bidder they are
 * tied to (财库〔2016〕198号 art. 16).
 */
export function AddExpertModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const can = useCan();
  const add = useAddExpert();
  return (
    <FormModal<ReviewerFormValues, CreateReviewerDto, ReviewerView>
      name="expert"
      title={t('procurement.experts.add')}
      okText={t('procurement.experts.add')}
      mutation={add}
      toBody={toCreateReviewerDto}
      done={(expert) => t('procurement.experts.added', { name: expert.name })}
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
