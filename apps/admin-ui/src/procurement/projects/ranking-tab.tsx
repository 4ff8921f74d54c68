import { Alert, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { useYuan } from '../../common/use-yuan';
import { useBids } from './project-queries';
import type { BidView, ProjectStatus, PurchaseProjectView } from './project-types';

/** The statuses a project has its ranking in: once awarded (R25). */
const RANKED: readonly ProjectStatus[] = ['AWARDED', 'CONTRACTED'];

/**
 * The ranking the award followed (R25): the bids by their weighted total on the criteria
 * announced, the price among them, the first awarded (after an upheld objection, the next). A
 * page at a time, as the API ranks them. Before the award the tab says what the award needs.
 */
export function RankingTab({ project }: { project: PurchaseProjectView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const paging = usePaging();
  const ranked = RANKED.includes(project.status);
  const bids = useBids(project.id, paging.query, ranked);
  if (!ranked) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="ranking-pending"
        title={t(
          project.status === 'EVALUATING'
            ? 'procurement.projects.rankingWhenScored'
            : 'procurement.projects.rankingAfterAward',
        )}
      />
    );
  }
  if (bids.isError) return <ErrorResult error={bids.error} />;
  return (
    <Table<BidView>
      rowKey="id"
      data-testid="ranking-table"
      loading={bids.isPending}
      dataSource={bids.data?.items}
      pagination={paging.pagination(bids.data)}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('procurement.projects.rank'),
          dataIndex: 'rank',
          align: 'right',
          className: 'nowrap',
          render: (rank: number | null) => <span data-testid="rank">{rank ?? '—'}</span>,
        },
        {
          title: t('procurement.projects.undertaker'),
          dataIndex: 'undertakerName',
          render: (name: string, bid) => (
            <Space size={4} wrap>
              <span data-testid="ranked-undertaker">{name}</span>
              {bid.status === 'AWARDED' && (
                <Tag color="success" data-testid="awarded-tag">
                  {t('procurement.projects.awarded')}
                </Tag>
              )}
            </Space>
          ),
        },
        {
          title: t('procurement.projects.price'),
          dataIndex: 'priceFen',
          align: 'right',
          className: 'nowrap',
          render: (fen: number) => yuan(fen),
        },
        {
          title: t('procurement.projects.totalScore'),
          dataIndex: 'totalScore',
          align: 'right',
          className: 'nowrap',
          render: (score: number | null) => (
            <span data-testid="total-score">{score === null ? '—' : score.toFixed(2)}</span>
          ),
        },
      ]}
    />
  );
}
