import { shareOf } from '@civic/domain/dashboards';
import { Alert, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { ErrorResult } from '../../common/error-result';
import { useLocalizedMessage } from '../../organizations/localized';
import { useVentureLabels } from '../../venture/labels';
import type { ProjectStatus, PurchaseProjectView } from '../projects/project-types';
import { usePanel } from './panel-queries';
import type { PanelMemberView, PanelRecusalView } from './panel-types';
import { localPagination } from '../../common/local-paging';

/** The statuses a project may have a panel in: once the bids are opened (R18). */
const AFTER_OPENING: readonly ProjectStatus[] = [
  'BIDDING_CLOSED',
  'EVALUATING',
  'AWARDED',
  'CONTRACTED',
  'FAILED',
  'CANCELLED',
];

/**
 * A project's evaluation panel (评审委员会, R18): drawn at random from the expert pool once the
 * bids are opened, none tied to a bidder. Its members with how many of the bids each has scored,
 * every recusal with the clause of 财库〔2016〕198号 art. 16 behind it, and the draw's seed to
 * repeat and audit it. Until it is drawn the tab says how (the step is above, 抽取评审委员会).
 */
export function PanelTab({ project }: { project: PurchaseProjectView }) {
  const { t } = useTranslation();
  const opened = AFTER_OPENING.includes(project.status);
  const panel = usePanel(project.id, opened);
  const notDrawn = panel.error instanceof ApiError && panel.error.status === 404;
  if (!opened || notDrawn) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="panel-not-drawn"
        title={t(
          project.status === 'BIDDING_CLOSED'
            ? 'procurement.panel.drawNow'
            : opened
              ? 'procurement.panel.none'
              : 'procurement.panel.afterOpening',
        )}
      />
    );
  }
  if (panel.isError) return <ErrorResult error={panel.error} />;
  if (!panel.data) return null;
  const { seed, bids, members, recusals } = panel.data;
  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="panel-view">
      <Typography.Text type="secondary" data-testid="panel-seed">
        {t('procurement.panel.seed', { seed, count: members.length })}
      </Typography.Text>
      <Table<PanelMemberView>
        size="small"
        rowKey="expertId"
        data-testid="panel-members"
        title={() => t('procurement.panel.members')}
        dataSource={members}
        pagination={localPagination(t, members.length)}
        columns={[
          {
            title: t('procurement.panel.member'),
            dataIndex: 'name',
            className: 'nowrap',
            render: (name: string) => <span data-testid="panel-member">{name}</span>,
          },
          {
            title: t('procurement.panel.progress'),
            key: 'progress',
            render: (_, m) => (
              <Space data-testid="member-progress" data-sheets={m.sheets}>
                <Progress
                  aria-label={t('procurement.panel.progress')}
                  percent={shareOf(Math.min(m.sheets, bids), bids).percent ?? 0}
                  size="small"
                  className="panel-progress"
                  showInfo={false}
                />
                {t('procurement.panel.sheets', { sheets: m.sheets, bids })}
              </Space>
            ),
          },
        ]}
      />
      <RecusalsTable recusals={recusals} />
    </Space>
  );
}

/** Every recusal the draw logged: the expert, the bidder, each clause with its reason (R18). */
function RecusalsTable({ recusals }: { recusals: readonly PanelRecusalView[] }) {
  const { t } = useTranslation();
  const labels = useVentureLabels();
  const localized = useLocalizedMessage();
  return (
    <Table<PanelRecusalView>
      size="small"
      rowKey={(r) => `${r.expertId}/${r.bidId}`}
      data-testid="panel-recusals"
      title={() => t('procurement.panel.recusals', { count: recusals.length })}
      dataSource={[...recusals]}
      pagination={localPagination(t, recusals.length)}
      locale={{ emptyText: t('procurement.panel.noRecusals') }}
      columns={[
        { title: t('procurement.panel.expert'), dataIndex: 'expertName', className: 'nowrap' },
        { title: t('procurement.panel.bidder'), dataIndex: 'undertakerName' },
        {
          title: t('procurement.panel.clause'),
          key: 'clauses',
          render: (_, r) =>
            r.clauses.map((c) => (
              <div key={c.clause} data-testid="recusal-clause" data-clause={c.clause}>
                <Tag color="red">{labels.clause(c.clause)}</Tag>
                <span className="secondary-text">{localized(c)}</span>
              </div>
            )),
        },
      ]}
    />
  );
}
