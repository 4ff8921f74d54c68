import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Space, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { RefusalAlert } from '../../common/refusal-alert';
import { PanelTab } from '../panel/panel-tab';
import { BidsTab } from './bids-tab';
import { ContractTab } from './contract-tab';
import { ObjectionsTab } from './objections-tab';
import { ProjectActions } from './project-actions';
import { useProject } from './project-queries';
import { ProjectSummary } from './project-summary';
import { QuestionsTab } from './questions-tab';
import { RankingTab } from './ranking-tab';

const TABS = ['bids', 'questions', 'panel', 'ranking', 'objections', 'contract'] as const;

/**
 * One purchase project (R25, R18, R12): its terms and criteria as announced above, with the next
 * step (announce, open the bids, draw the panel, award) and cancelling; below, the bids (sealed
 * until the deadline), the questions added to the bid (issue #17), the panel with its progress and recusals, the ranking the award followed,
 * the objections to the result and the contract. What the API refuses is explained under the
 * terms. The tab is in the address.
 */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const project = useProject(id);
  const [refusal, setRefusal] = useState<Error | null>(null);
  if (project.isError) return <ErrorResult error={project.error} />;
  if (!project.data) return <Spin className="page-spin" />;
  const p = project.data;
  const tab = TABS.find((key) => key === params.get('tab')) ?? 'bids';
  const content = {
    bids: <BidsTab project={p} />,
    questions: <QuestionsTab project={p} />,
    panel: <PanelTab project={p} />,
    ranking: <RankingTab project={p} />,
    objections: <ObjectionsTab project={p} />,
    contract: <ContractTab project={p} />,
  };
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Link to="/procurement/projects">
        <ArrowLeftOutlined /> {t('procurement.projects.back')}
      </Link>
      <ProjectSummary project={p} extra={<ProjectActions project={p} onError={setRefusal} />} />
      {p.status === 'FAILED' && (
        <Alert
          type="error"
          showIcon
          data-testid="project-failed"
          title={t('procurement.projects.failed')}
        />
      )}
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.projects.stepRefused')}
          errorsKey="procurement.projects.errors"
        />
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={TABS.map((key) => ({
            key,
            label: <span data-testid={`tab-${key}`}>{t(`procurement.projects.tabs.${key}`)}</span>,
            children: content[key],
          }))}
        />
      </Card>
    </Space>
  );
}
