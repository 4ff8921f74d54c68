import { Descriptions, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaymentView, ReissueDecisionDto, ReissueView } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { useDecideReissue } from '../queries';
import { useYuan } from '../../common/use-yuan';

/**
 * A finance checker decides someone else's re-issue (R28): approved, a new payment to the
 * corrected account awaits a batch; rejected, the payment stays failed.
 */
export function ReissueDecisionModal({
  payment,
  reissue,
  onClose,
}: {
  payment: PaymentView;
  reissue: ReissueView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const yuan = useYuan();
  return (
    <FormModal<ReissueDecisionDto, ReissueDecisionDto, PaymentView>
      name="reissue-decision"
      title={t('finance.failed.decideTitle', {
        amount: yuan(payment.amountFen),
        name: payment.organizationName,
      })}
      okText={t('finance.failed.decide')}
      mutation={useDecideReissue(payment.id)}
      toBody={({ outcome, comment }) => ({ outcome, comment: comment.trim() })}
      done={(p) => t(`finance.failed.decided.${p.reissue?.status ?? 'REJECTED'}`)}
      onClose={onClose}
      initialValues={{ outcome: 'APPROVED' }}
    >
      <Descriptions size="small" column={1} data-testid="reissue-proposal">
        <Descriptions.Item label={t('finance.failed.newAccount')}>
          {`${reissue.accountName} · ${reissue.bankName} ${reissue.accountNumberMasked}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('finance.failed.reason')}>{reissue.reason}</Descriptions.Item>
        <Descriptions.Item label={t('finance.failed.proposedBy')}>
          {reissue.proposedBy}
        </Descriptions.Item>
      </Descriptions>
      <Form.Item name="outcome" rules={required}>
        <Radio.Group>
          <Radio value="APPROVED">{t('finance.failed.approve')}</Radio>
          <Radio value="REJECTED">{t('finance.failed.reject')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="comment" label={t('finance.failed.comment')} rules={required}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
