import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../../common/refusal-alert';
import { useYuan } from '../../common/use-yuan';
import { useAward } from '../call-queries';
import type { VentureRankingRow } from '../types';

/**
 * Awards a proposal the ranking funds (R19), with a comment the organization sees; finance then
 * commits the money and the award is split into its tranches. A refusal (out of rank order,
 * reviews missing) is explained.
 */
export function AwardModal({ row, onClose }: { row: VentureRankingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const yuan = useYuan();
  const [form] = Form.useForm<{ comment: string }>();
  const award = useAward(row.proposalId);
  const submit = ({ comment }: { comment: string }) =>
    award.mutate(comment.trim(), {
      onSuccess: () => {
        void message.success(t('venture.ranking.awarded', { title: row.title }));
        onClose();
      },
    });
  return (
    <Modal
      open
      title={t('venture.ranking.awardTitle', { title: row.title })}
      okText={t('venture.ranking.award')}
      okButtonProps={{ 'data-testid': 'award-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={award.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {award.error && (
        <RefusalAlert
          error={award.error}
          title={t('venture.ranking.awardFailed')}
          errorsKey="venture.errors"
        />
      )}
      <Typography.Paragraph>
        {t('venture.ranking.awardSummary', {
          organization: row.organizationName,
          amount: yuan(row.requestedFen),
          rank: row.rank,
        })}
      </Typography.Paragraph>
      <Form form={form} name="award" layout="vertical" onFinish={submit}>
        <Form.Item
          name="comment"
          label={t('venture.ranking.comment')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
