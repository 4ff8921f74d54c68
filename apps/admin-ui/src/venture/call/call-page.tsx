import { Card, Space, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { useCall } from '../call-queries';
import { AwardsTab } from '../awards/awards-tab';
import { CallSummary } from './call-summary';
import { DrawTab } from './draw-tab';
import { ProposalsTab } from './proposals-tab';
import { QuestionsTab } from './questions-tab';
import { RankingTab } from './ranking-tab';

const TABS = ['proposals', 'questions', 'draw', 'ranking', 'awards'] as const;

/**
 * One call (R17–R19): its terms above; below, the proposals submitted, the questions it adds to
 * the fixed fields (issue #17), the reviewer draw with its
 * recusals, the ranking with the awards it allows, and the awards with their tranches. The tab is
 * in the address.
 */
export function CallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const call = useCall(id);
  if (call.isError) return <ErrorResult error={call.error} />;
  if (!call.data) return <Spin className="page-spin" />;
  const tab = TABS.find((key) => key === params.get('tab')) ?? 'proposals';
  const content = {
    proposals: <ProposalsTab call={call.data} />,
    questions: <QuestionsTab call={call.data} />,
    draw: <DrawTab call={call.data} />,
    ranking: <RankingTab call={call.data} />,
    awards: <AwardsTab call={call.data} />,
  };
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <CallSummary call={call.data} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={TABS.map((key) => ({
            key,
            label: <span data-testid={`tab-${key}`}>{t(`venture.tabs.${key}`)}</span>,
            children: content[key],
          }))}
        />
      </Card>
    </Space>
  );
}
