import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { RefusalAlert } from '../../common/refusal-alert';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ResponsiveTable } from '../../common/responsive-table';
import { usePaging } from '../../common/use-paging';
import { useYuan } from '../../common/use-yuan';
import { beijingTime } from '../public/beijing-time';
import { useProcurementLabel } from '../public/labels';
import { canObject, canWithdraw } from './bid-rules';
import { ObjectionModal } from './objection-modal';
import { BidStatusTag } from './status-tags';
import { useMyBids, useWithdrawBid } from './undertaker-queries';
import type { BidView } from './undertaker-types';
import { ExportButton } from '../../common/export-button';

/**
 * 我的投标 (R25): the organization's bids, newest first, a page at a time: the price, where the
 * bid and its project stand, its rank and weighted total once the panel has scored. A bid is
 * withdrawn before the deadline; an objection is raised within the published result's window.
 * A table on a wide screen, a card each on a phone (the status and actions on it).
 */
export function MyBidsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const paging = usePaging();
  const bids = useMyBids(paging.query);
  const withdraw = useWithdrawBid();
  const [objecting, setObjecting] = useState<BidView | null>(null);
  const actions = (bid: BidView) => (
    <BidActions
      bid={bid}
      pending={withdraw.isPending && withdraw.variables === bid.id}
      onWithdraw={() =>
        withdraw.mutate(bid.id, {
          onSuccess: () => void message.success(t('procurement.undertaker.bids.withdrawn')),
        })
      }
      onObject={() => setObjecting(bid)}
    />
  );
  const columns = useColumns(actions);
  if (bids.isError) return <ErrorResult error={bids.error} />;
  return (
    <Card
      title={t('procurement.undertaker.bids.title')}
      className="undertaker-page"
      extra={
        <Link to="/procurement/undertaker/announcements">{t('menu.procurementAnnouncements')}</Link>
      }
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">{t('procurement.undertaker.bids.intro')}</Typography.Text>
        {withdraw.error && (
          <RefusalAlert
            error={withdraw.error}
            title={t('procurement.undertaker.bids.withdrawRefused')}
            errorsKey="procurement.undertaker.errors"
          />
        )}
        <ExportButton path="/api/v1/procurement/bids/mine/export.xlsx" />
        <ResponsiveTable<BidView>
          rowKey="id"
          data-testid="my-bids"
          cardTestId="bid-card"
          loading={bids.isPending}
          dataSource={bids.data?.items}
          pagination={paging.pagination(bids.data)}
          columns={columns}
          locale={{ emptyText: t('procurement.undertaker.bids.none') }}
        />
      </Space>
      {objecting && <ObjectionModal bid={objecting} onClose={() => setObjecting(null)} />}
    </Card>
  );
}

function BidActions(props: {
  bid: BidView;
  pending: boolean;
  onWithdraw: () => void;
  onObject: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap size={4}>
      {canWithdraw(props.bid) && (
        <Popconfirm
          title={t('procurement.undertaker.bids.withdrawConfirm')}
          okButtonProps={{ danger: true, 'data-testid': 'withdraw-ok' }}
          onConfirm={props.onWithdraw}
        >
          <Button size="small" danger loading={props.pending} data-testid="withdraw">
            {t('procurement.undertaker.bids.withdraw')}
          </Button>
        </Popconfirm>
      )}
      {canObject(props.bid) && (
        <Button size="small" onClick={props.onObject} data-testid="object">
          {t('procurement.undertaker.bids.object')}
        </Button>
      )}
    </Space>
  );
}

/** The rank and weighted total once ranked, or a dash. */
function useRankText(): (bid: BidView) => string {
  const { t } = useTranslation();
  return (bid) =>
    bid.rank === null || bid.totalScore === null
      ? t('procurement.undertaker.bids.notRanked')
      : t('procurement.undertaker.bids.rankScore', {
          rank: bid.rank,
          score: bid.totalScore.toFixed(2),
        });
}

function useColumns(actions: (bid: BidView) => ReactNode): ResponsiveColumns<BidView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  const rank = useRankText();
  return [
    {
      title: t('procurement.undertaker.bid.project'),
      key: 'project',
      card: 'title',
      render: (_, bid) => (
        <>
          <div className="strong-text" data-testid="bid-project">
            {bid.projectTitle}
          </div>
          <div className="secondary-text">{label('projectStatus', bid.projectStatus)}</div>
        </>
      ),
    },
    {
      title: t('procurement.undertaker.bid.price'),
      dataIndex: 'priceFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => <span data-testid="bid-price">{yuan(fen)}</span>,
    },
    {
      title: t('procurement.undertaker.bids.submittedAt'),
      dataIndex: 'submittedAt',
      className: 'nowrap',
      render: (at: string) => t('procurement.public.beijingTime', { time: beijingTime(at) }),
    },
    {
      title: t('procurement.undertaker.bids.status'),
      dataIndex: 'status',
      className: 'nowrap',
      card: 'status',
      render: (_, bid) => <BidStatusTag status={bid.status} />,
    },
    {
      title: t('procurement.undertaker.bids.rank'),
      key: 'rank',
      className: 'nowrap',
      render: (_, bid) => <span data-testid="bid-rank">{rank(bid)}</span>,
    },
    { title: '', key: 'actions', card: 'actions', render: (_, bid) => actions(bid) },
  ];
}
