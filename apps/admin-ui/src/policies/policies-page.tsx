import { Permission } from '@civic/domain/access';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Row, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/use-can';
import { ErrorResult } from '../common/error-result';
import { useOfficerRegions } from '../procurement/use-region-options';
import { PendingList } from './pending-list';
import { PolicyKindCard } from './policy-kind-card';
import { usePoliciesInForce } from './policy-queries';
import { POLICY_KINDS, type PolicyKind, PROVINCE_REGION } from './policy-types';
import { beijingToday } from './policy-values';
import { ProposeDrawer } from './propose-drawer';
import { RegionSelect } from './region-select';
import './policies.css';

/**
 * 政策参数 (issue #17, policy as data): for officers and administrators, every kind of policy in
 * force for a region (the province by default; a county follows its own, its city's or the
 * province's) on a day, each with its numbers; the versions waiting for a second administrator
 * (R28); a kind's history and comparisons on its own page. Administrators propose new versions.
 */
export function PoliciesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const regions = useOfficerRegions();
  const [regionCode, setRegionCode] = useState(PROVINCE_REGION);
  const [on, setOn] = useState(beijingToday());
  const [proposing, setProposing] = useState<PolicyKind | null>(null);
  const inForce = usePoliciesInForce(regionCode, on);
  const mayPropose = can(Permission.POLICY_PROPOSE) && inForce.isSuccess;
  const docOf = (kind: PolicyKind) => inForce.data?.items.find((doc) => doc.kind === kind);
  return (
    <Card title={t('policies.title')} className="policies-page">
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">{t('policies.intro')}</Typography.Text>
        <div className="policy-filters" data-testid="policy-filters">
          <RegionSelect
            id="policies-region"
            className="policy-filter-region"
            aria-label={t('policies.region')}
            value={regionCode}
            onChange={(code) => setRegionCode(code ?? PROVINCE_REGION)}
          />
          <DatePicker
            id="policies-on"
            className="policy-filter-day"
            aria-label={t('policies.on')}
            allowClear={false}
            value={dayjs(on)}
            onChange={(day) => day && setOn(day.format('YYYY-MM-DD'))}
          />
          {mayPropose && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="policy-propose"
              onClick={() => setProposing('PRIORITY')}
            >
              {t('policies.propose.open')}
            </Button>
          )}
        </div>
        <PendingList />
        <Typography.Title level={5} data-testid="policy-in-force-title">
          {t('policies.inForceTitle', { region: regions.nameOf(regionCode), date: on })}
        </Typography.Title>
        {inForce.isError && <ErrorResult error={inForce.error} />}
        {inForce.isPending && <Spin size="large" className="page-spin" />}
        {inForce.isSuccess && (
          <Row gutter={[16, 16]} data-testid="policies-in-force">
            {POLICY_KINDS.map((kind) => (
              <Col key={kind} xs={24} xl={12}>
                <PolicyKindCard
                  kind={kind}
                  doc={docOf(kind)}
                  onPropose={mayPropose ? setProposing : undefined}
                />
              </Col>
            ))}
          </Row>
        )}
      </Space>
      {proposing && inForce.data && (
        <ProposeDrawer
          kind={proposing}
          regionCode={regionCode}
          inForce={inForce.data.items}
          onClose={() => setProposing(null)}
        />
      )}
    </Card>
  );
}
