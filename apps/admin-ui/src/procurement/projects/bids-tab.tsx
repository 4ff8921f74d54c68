import { Alert, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { AnswersView, schemaOf } from '../../forms';
import { refusalCode } from '../../common/refusal';
import { usePaging } from '../../common/use-paging';
import { useYuan } from '../../common/use-yuan';
import { dateTime } from '../../venture/calls/call-columns';
import { useBids } from './project-queries';
import { BidStatusTag } from './project-tags';
import type { BidView, PurchaseProjectView } from './project-types';
import { ExportButton } from '../../common/export-button';

/**
 * A project's bids (R25), a page at a time: who bid (listed undertakers, R24), the price (R26),
 * the service proposal, when, and, once the panel has scored, the total and the rank. Until the
 * deadline the bids are sealed: the API does not show them, and the tab says so. A row opens on
 * its proposal and its answers to the project's added questions (issue #17).
 */
export function BidsTab({ project }: { project: PurchaseProjectView }) {
  const { t } = useTranslation();
  const paging = usePaging();
  const announced = project.status !== 'DRAFT';
  const bids = useBids(project.id, paging.query, announced);
  const columns = useBidColumns();
  if (!announced) {
    return <Alert type="info" showIcon title={t('procurement.projects.bidsAfterAnnouncement')} />;
  }
  if (refusalCode(bids.error) === 'RULE_R25_BIDS_SEALED') {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="bids-sealed"
        title={t('procurement.projects.bidsSealed', {
          deadline: dateTime(project.bidDeadline ?? undefined),
          count: project.bidCount,
        })}
      />
    );
  }
  if (bids.isError) return <ErrorResult error={bids.error} />;
  return (
    <>
      <div className="filter-bar">
        <ExportButton
          path="/api/v1/procurement/projects/{id}/bids/export.xlsx"
          params={{ id: project.id }}
        />
      </div>
      <Table<BidView>
        rowKey="id"
        data-testid="bids-table"
        loading={bids.isPending}
        dataSource={bids.data?.items}
        columns={columns}
        pagination={paging.pagination(bids.data)}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (bid) => (
            <>
              <Typography.Paragraph className="catalogue-description">
                {bid.proposal}
              </Typography.Paragraph>
              {project.form && (
                <AnswersView schema={schemaOf(project.form)} answers={bid.answers} />
              )}
            </>
          ),
        }}
      />
    </>
  );
}

function useBidColumns(): TableColumnsType<BidView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  return [
    {
      title: t('procurement.projects.undertaker'),
      dataIndex: 'undertakerName',
      render: (name: string, bid) => (
        <>
          <span data-testid="bid-undertaker">{name}</span>{' '}
          <Tag>{t(`procurement.directory.kinds.${bid.undertakerKind}`)}</Tag>
        </>
      ),
    },
    {
      title: t('procurement.projects.price'),
      dataIndex: 'priceFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => <span data-testid="bid-price">{yuan(fen)}</span>,
    },
    {
      title: t('procurement.projects.submittedAt'),
      dataIndex: 'submittedAt',
      className: 'nowrap',
      render: dateTime,
    },
    {
      title: t('procurement.projects.bidStatus'),
      dataIndex: 'status',
      className: 'nowrap',
      render: (_, bid) => <BidStatusTag status={bid.status} />,
    },
    {
      title: t('procurement.projects.totalScore'),
      dataIndex: 'totalScore',
      align: 'right',
      className: 'nowrap',
      render: (score: number | null) => (score === null ? '' : score.toFixed(2)),
    },
    {
      title: t('procurement.projects.rank'),
      dataIndex: 'rank',
      align: 'right',
      className: 'nowrap',
    },
  ];
}
