import { scoresOpen } from '@civic/domain/venture';
import { Alert, Button, Card, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalDetails } from '../../common/refusal';
import { isForbidden } from '../../api/errors';
import { ErrorResult } from '../../common/error-result';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ResponsiveTable } from '../../common/responsive-table';
import { usePaging } from '../../common/use-paging';
import { useYuan } from '../../common/use-yuan';
import { useLocalizedMessage } from '../../organizations/localized';
import { useCall } from '../call-queries';
import { dateTime } from '../calls/call-columns';
import { useReviewTasks } from '../review-queries';
import type { ReviewTaskView } from '../types';
import { ScoreDrawer } from './score-drawer';
import { ExportButton } from '../../common/export-button';

/**
 * A reviewer's assigned proposals (R18), blind: no applicant, only the project, whom it serves and
 * its budget. Each is scored on every criterion of its call's rubric (R17); scores may change
 * until the call's awards begin, and from then on 评分/修改评分 is not offered (scoresOpen, R19).
 * By title, a page at a time (a card each on a phone); the drawer reads the task's call.
 */
export function ReviewsPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const tasks = useReviewTasks(paging.query);
  const [open, setOpen] = useState<string>();
  const task = tasks.data?.items.find((x) => x.proposal.id === open);
  const call = useCall(task?.proposal.callId ?? '');
  const columns = useColumns(setOpen);
  if (isForbidden(tasks.error)) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="not-in-pool"
        title={t('venture.reviews.notInPool')}
        description={refusalDetails(tasks.error!).join('; ')}
      />
    );
  }
  const error = tasks.error ?? call.error;
  if (error) return <ErrorResult error={error} />;
  return (
    <Card title={t('venture.reviews.title')}>
      <Alert type="info" showIcon className="form-alert" title={t('venture.reviews.blind')} />
      <div className="filter-bar">
        <ExportButton path="/api/v1/venture/reviews/export.xlsx" />
      </div>
      <ResponsiveTable<ReviewTaskView>
        rowKey={(x) => x.proposal.id}
        data-testid="review-tasks"
        loading={tasks.isPending}
        dataSource={tasks.data?.items}
        columns={columns}
        pagination={paging.pagination(tasks.data)}
      />
      {task && call.data && (
        <ScoreDrawer task={task} call={call.data} onClose={() => setOpen(undefined)} />
      )}
    </Card>
  );
}

function useColumns(onScore: (proposalId: string) => void): ResponsiveColumns<ReviewTaskView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const localized = useLocalizedMessage();
  return [
    {
      title: t('venture.fields.proposal'),
      key: 'title',
      card: 'title',
      render: (_, { proposal: p }) => (
        <>
          <div className="strong-text">{p.title}</div>
          <div className="secondary-text">{p.callName}</div>
        </>
      ),
    },
    {
      title: t('venture.fields.servedGroups'),
      key: 'groups',
      render: (_, { proposal: p }) => (
        <>
          {p.servedGroups.map((g) => (
            <Tag key={g}>{t(`enums.priorityGroup.${g}`)}</Tag>
          ))}
          <div className="secondary-text">
            {t('venture.proposals.projectArea', { area: t(`enums.areaType.${p.projectAreaType}`) })}
          </div>
        </>
      ),
    },
    {
      title: t('venture.fields.requested'),
      key: 'requested',
      align: 'right',
      className: 'nowrap',
      render: (_, { proposal: p }) => yuan(p.requestedFen),
    },
    {
      title: t('venture.fields.status'),
      key: 'status',
      className: 'nowrap',
      card: 'status',
      render: (_, x) =>
        x.scoredAt ? (
          <>
            <Tag color="success" data-testid="scored">
              {t('venture.reviews.scored')}
            </Tag>
            {x.awardsBegun && <Tag data-testid="scores-final">{t('venture.reviews.final')}</Tag>}
            <div className="secondary-text">{dateTime(x.scoredAt)}</div>
          </>
        ) : (
          <Tag color="gold" data-testid="not-scored">
            {t('venture.reviews.notScored')}
          </Tag>
        ),
    },
    {
      title: '',
      key: 'action',
      className: 'nowrap',
      card: 'actions',
      render: (_, x) => {
        // rule R19: offered only while the server takes a sheet (the same scoresOpen check).
        const open = scoresOpen({ awardsBegun: x.awardsBegun });
        return (
          <Tooltip title={open.ok ? undefined : localized(open)}>
            <Button
              type={x.scoredAt ? 'default' : 'primary'}
              data-testid="score"
              disabled={!open.ok}
              onClick={() => onScore(x.proposal.id)}
            >
              {t(x.scoredAt ? 'venture.reviews.rescore' : 'venture.reviews.score')}
            </Button>
          </Tooltip>
        );
      },
    },
  ];
}
