import { Permission } from '@civic/domain/access';
import { Card, Space, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useCan } from '../../auth/use-can';
import { ErrorResult } from '../../common/error-result';
import { RankingTab } from '../admissions/ranking-tab';
import { IncubateesTab } from '../incubatees/incubatees-tab';
import { useCohort } from '../queries';
import { TrainingsTab } from '../trainings/trainings-tab';
import { CohortSummary } from './cohort-summary';
import { QuestionsTab } from './questions-tab';

const TABS = ['admissions', 'questions', 'incubatees', 'trainings'] as const;

/**
 * One cohort (R16): its terms and counts above; below, the applicants in rank order (R13, R14)
 * with assessment and the decision, the questions it adds to an application's fixed fields
 * (issue #17; for those who may change them, or when it has some), the organizations incubated
 * (venues R4, in-kind support, subsidy R15, graduation), and the training sessions (R11). The tab
 * is in the address.
 */
export function CohortPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const cohort = useCohort(id);
  const can = useCan();
  if (cohort.isError) return <ErrorResult error={cohort.error} />;
  if (!cohort.data) return <Spin className="page-spin" />;
  const tabs = TABS.filter(
    (key) => key !== 'questions' || can(Permission.INCUBATION_RUN) || cohort.data.form,
  );
  const tab = tabs.find((key) => key === params.get('tab')) ?? 'admissions';
  const content = {
    admissions: <RankingTab cohort={cohort.data} />,
    questions: <QuestionsTab cohort={cohort.data} />,
    incubatees: <IncubateesTab cohort={cohort.data} />,
    trainings: <TrainingsTab cohort={cohort.data} />,
  };
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <CohortSummary cohort={cohort.data} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={tabs.map((key) => ({
            key,
            label: <span data-testid={`tab-${key}`}>{t(`incubation.tabs.${key}`)}</span>,
            children: content[key],
          }))}
        />
      </Card>
    </Space>
  );
}
