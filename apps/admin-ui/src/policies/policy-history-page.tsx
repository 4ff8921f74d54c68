import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { DiffTable } from './diff-table';
import { HistoryList } from './history-list';
import { isPolicyKind, type PolicyView } from './policy-types';
import { RegionSelect } from './region-select';
import { usePolicyLabels } from './use-policy-labels';
import './policies.css';
import { ExportButton } from '../common/export-button';

const keyOf = (doc: PolicyView) => doc.id;

/**
 * The history of one kind of policy (issue #17): every version proposed, for a region or all,
 * with its state, reason, proposer and approver; two picked show what changed between them.
 */
export function PolicyHistoryPage() {
  const { kind } = useParams();
  const { t } = useTranslation();
  const { kindName } = usePolicyLabels();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [picked, setPicked] = useState<PolicyView[]>([]);
  if (!isPolicyKind(kind)) return <Navigate to="/policies" replace />;
  const isPicked = (doc: PolicyView) => picked.some((p) => keyOf(p) === keyOf(doc));
  // A third pick replaces the earliest of the two.
  const toggle = (doc: PolicyView) =>
    setPicked(
      isPicked(doc) ? picked.filter((p) => keyOf(p) !== keyOf(doc)) : [...picked, doc].slice(-2),
    );
  return (
    <Card
      className="policies-page"
      title={t('policies.history.title', { kind: kindName(kind) })}
      extra={
        <Link to="/policies" data-testid="policy-back">
          <ArrowLeftOutlined /> {t('policies.history.back')}
        </Link>
      }
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">{t('policies.history.intro')}</Typography.Text>
        <div className="policy-filters">
          <RegionSelect
            id="policy-history-region"
            className="policy-filter-region"
            aria-label={t('policies.region')}
            allowClear
            placeholder={t('policies.history.allRegions')}
            value={regionCode}
            onChange={(code) => setRegionCode(code ?? undefined)}
          />
          <ExportButton path="/api/v1/policies/export.xlsx" filters={{ kind, regionCode }} />
        </div>
        {picked.length === 2 ? (
          <Card size="small" className="policy-card" title={t('policies.diff.title')}>
            <DiffTable a={picked[0]} b={picked[1]} />
          </Card>
        ) : (
          <Alert type="info" showIcon title={t('policies.diff.hint', { count: picked.length })} />
        )}
        <HistoryList kind={kind} regionCode={regionCode} isPicked={isPicked} toggle={toggle} />
      </Space>
    </Card>
  );
}
