import { Alert, Button, Card, Col, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../../api/errors';
import { ErrorResult } from '../../common/error-result';
import { ListPages } from '../../common/list-pages';
import { refusalDetails } from '../../common/refusal';
import { usePaging } from '../../common/use-paging';
import { useYuan } from '../../common/use-yuan';
import { useCriterionName } from '../projects/project-tags';
import { usePanelTasks } from './panel-queries';
import type { PanelTaskView } from './panel-types';
import { ScoreDrawer } from './score-drawer';
import { ExportButton } from '../../common/export-button';

/**
 * A panel member's evaluation tasks (评审任务, R25, R18): the bids of the projects whose panel they
 * sit on, a page at a time, each with its price and service proposal; each is scored once, on the
 * PANEL criteria announced (the price criterion is computed from the bids). Cards, so it works on a
 * phone as on a desktop.
 */
export function PanelTasksPage() {
  const { t } = useTranslation();
  const paging = usePaging({ pageSize: 10 });
  const tasks = usePanelTasks(paging.query);
  const [scoring, setScoring] = useState<PanelTaskView>();
  if (isForbidden(tasks.error)) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('procurement.panel.notMember')}
        description={refusalDetails(tasks.error!).join('; ')}
      />
    );
  }
  if (tasks.isError) return <ErrorResult error={tasks.error} />;
  const items = tasks.data?.items ?? [];
  return (
    <Card title={t('procurement.panel.tasksTitle')} className="panel-tasks">
      <Space orientation="vertical" size="middle" className="full-width">
        <Alert type="info" showIcon title={t('procurement.panel.tasksIntro')} />
        <ExportButton path="/api/v1/procurement/panel/tasks/export.xlsx" />
        {tasks.isPending && <Spin />}
        {!tasks.isPending && items.length === 0 && (
          <Empty description={t('procurement.panel.noTasks')} data-testid="no-tasks" />
        )}
        <Row gutter={[16, 16]} data-testid="panel-tasks">
          {items.map((task) => (
            <Col key={task.bidId} xs={24} lg={12}>
              <TaskCard task={task} onScore={() => setScoring(task)} />
            </Col>
          ))}
        </Row>
        <ListPages pagination={paging.pagination(tasks.data)} testId="tasks-pages" />
      </Space>
      {scoring && <ScoreDrawer task={scoring} onClose={() => setScoring(undefined)} />}
    </Card>
  );
}

/** One bid to score: its project, the undertaker, the price, the proposal, the sheet if sent. */
function TaskCard({ task, onScore }: { task: PanelTaskView; onScore: () => void }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const nameOf = useCriterionName();
  const scores = task.scores ?? null;
  return (
    <Card size="small" className="panel-task" data-testid="panel-task" title={task.projectTitle}>
      <Space orientation="vertical" size={4} className="full-width">
        <Typography.Text strong data-testid="task-undertaker">
          {task.undertakerName}
        </Typography.Text>
        <Typography.Text>
          {t('procurement.panel.price')}:{' '}
          <span data-testid="task-price">{yuan(task.priceFen)}</span>
        </Typography.Text>
        <Typography.Paragraph
          className="catalogue-description"
          ellipsis={{ rows: 3, expandable: true, symbol: t('procurement.panel.more') }}
        >
          {task.proposal}
        </Typography.Paragraph>
        {scores ? (
          <div data-testid="task-scored">
            <Tag color="success">{t('procurement.panel.scored')}</Tag>
            {task.criteria.map((c) => (
              <Tag key={c.key} data-testid="sent-score">
                {nameOf(c)} {scores[c.key]}
              </Tag>
            ))}
          </div>
        ) : (
          <Button type="primary" block data-testid="score-bid" onClick={onScore}>
            {t('procurement.panel.score')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
