import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../common/form-modal';
import { parseYuan, yuanRules } from '../../common/yuan-input';
import { useYuan } from '../../common/use-yuan';
import { useRequired } from '../../common/use-required';
import { useOpenClawback } from '../award-queries';
import type { AwardView, OpenClawbackDto } from '../types';

interface Values {
  amountYuan: string;
  reason: string;
}

/**
 * After a failed final evaluation the officer opens a clawback (R19): in yuan, sent as fen (R26),
 * at most what was paid; finance records it and recovers the money, four eyes (R28).
 */
export function ClawbackModal({ award, onClose }: { award: AwardView; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const yuan = useYuan();
  return (
    <FormModal<Values, OpenClawbackDto, AwardView>
      name="clawback"
      title={t('venture.awards.openClawbackTitle', { title: award.title })}
      okText={t('venture.awards.openClawback')}
      mutation={useOpenClawback(award.id)}
      toBody={({ amountYuan, reason }) => ({
        amountFen: parseYuan(amountYuan) ?? 0,
        reason: reason.trim(),
      })}
      mapping={{ aliases: { amountFen: 'amountYuan' } }}
      done={() => t('venture.awards.clawbackOpenedDone')}
      onClose={onClose}
    >
      <Form.Item
        name="amountYuan"
        label={t('venture.awards.clawbackAmount')}
        extra={t('venture.awards.clawback', { amount: yuan(award.clawback.recoverableFen) })}
        rules={[...required, ...yuanRules(t)]}
      >
        <Input suffix="元" inputMode="decimal" autoComplete="off" />
      </Form.Item>
      <Form.Item name="reason" label={t('venture.awards.clawbackReason')} rules={required}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
