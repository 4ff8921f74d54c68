import { InfoCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../common/responsive-table';
import { useYuan } from '../../common/use-yuan';
import { useLocalizedMessage } from '../../organizations/localized';
import { dateTime } from '../calls/call-columns';
import { useVentureLabels } from '../labels';
import { MilestoneTag, PaymentTag } from '../tags';
import type { TrancheView } from '../types';
import { heldNotice } from './tranche-rules';

/**
 * An award's tranches (R19): the share and amount, the milestone with its report and evaluation,
 * and the payment: why it is held, or when it was paid with the bank's reference, or why it failed.
 * On a phone, a card each: the tranche as its title, the milestone under it, the action at its foot.
 */
export function TranchesTable(props: {
  tranches: readonly TrancheView[];
  action?: (tranche: TrancheView) => ReactNode;
}) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const labels = useVentureLabels();
  const localized = useLocalizedMessage();
  return (
    <ResponsiveTable<TrancheView>
      rowKey="id"
      size="small"
      data-testid="tranches-table"
      cardTestId="tranche-card"
      dataSource={props.tranches}
      onRow={(tranche) => ({ 'data-tranche': tranche.key }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('venture.tranches.tranche'),
          key: 'tranche',
          className: 'nowrap',
          card: 'title',
          render: (_, tr) =>
            t('venture.tranches.share', { label: labels.tranche(tr.key), percent: tr.percent }),
        },
        {
          title: t('venture.fields.amount'),
          dataIndex: 'amountFen',
          align: 'right',
          className: 'nowrap',
          render: (fen: number) => yuan(fen),
        },
        {
          title: t('venture.tranches.milestone'),
          key: 'milestone',
          width: 280,
          card: 'status',
          render: (_, tr) => (
            <>
              <MilestoneTag state={tr.milestone} signing={tr.position === 0} />
              {tr.report && (
                <div data-testid="milestone-report">
                  {t('venture.tranches.report', { report: tr.report })}
                </div>
              )}
              {tr.reviewComment && (
                <div className="secondary-text" data-testid="milestone-comment">
                  {t('venture.tranches.reviewComment', { comment: tr.reviewComment })}
                </div>
              )}
            </>
          ),
        },
        {
          title: t('venture.tranches.payment'),
          key: 'payment',
          width: 280,
          render: (_, tr) => (
            <>
              <PaymentTag payment={tr.payment} />
              <HeldBecause tranche={tr} />
              {tr.paidAt && (
                <div className="secondary-text" data-testid="paid-at">
                  {t('venture.tranches.paidAt', { time: dateTime(tr.paidAt) })}
                </div>
              )}
              {tr.bankReference && (
                <div className="secondary-text" data-testid="bank-reference">
                  {t('venture.tranches.bankReference', { reference: tr.bankReference })}
                </div>
              )}
              {tr.statusReason && (
                <Typography.Text type="danger" data-testid="payment-reason">
                  {localized(tr.statusReason)}
                </Typography.Text>
              )}
            </>
          ),
        },
        ...(props.action
          ? [
              {
                title: '',
                key: 'action',
                className: 'nowrap',
                card: 'actions' as const,
                render: (_: unknown, tr: TrancheView) => props.action!(tr),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * Why a tranche is not released yet (R19): waiting its turn as information (grey, in the UI's
 * words); held after a failed evaluation as a warning, with the rule (heldNotice).
 */
function HeldBecause({ tranche }: { tranche: TrancheView }) {
  const { t } = useTranslation();
  const localized = useLocalizedMessage();
  const notice = heldNotice(tranche);
  if (!notice || !tranche.heldBecause) return null;
  if (notice.tone === 'warning') {
    return (
      <Typography.Text type="warning" data-testid="held-because" data-tone="warning">
        {localized(tranche.heldBecause)}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary" data-testid="held-because" data-tone="info">
      <InfoCircleOutlined /> {t(`venture.tranches.${notice.key}`)}
    </Typography.Text>
  );
}
