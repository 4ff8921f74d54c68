import { Card, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { LanguageSwitch } from '../../i18n/language-switch';
import { usePublicRegions } from '../../procurement/use-region-options';
import { usePublicPolicies } from '../policy-queries';
import { PROVINCE_REGION } from '../policy-types';
import { EldercareRule, PriorityRule, ReserveRule } from './ranking-rules';
import '../policies.css';

/**
 * 排序规则 (issue #17), for anyone, no login: how applications are ranked before anyone applies
 * (R13: merit × (1 + bonus/100), each bonus and what earns it), the rural reserve and what
 * happens to what rural applicants leave unused (R14), and the eldercare floor of the lottery
 * fund (R21); each with its version and first day, for the province or a chosen county.
 */
export function PublicPoliciesPage() {
  const { t } = useTranslation();
  const [regionCode, setRegionCode] = useState(PROVINCE_REGION);
  const regions = usePublicRegions();
  const rules = usePublicPolicies(regionCode);
  const doc = (kind: string) => rules.data?.items.find((item) => item.kind === kind);
  return (
    <div className="public-page policies-public">
      <div className="public-header">
        <Typography.Title level={3} className="page-title">
          {t('policies.public.title')}
        </Typography.Title>
        <Space wrap>
          <LanguageSwitch />
          <Link to="/login">{t('policies.public.login')}</Link>
        </Space>
      </div>
      <nav className="policies-public-nav" data-testid="policies-public-nav">
        <Link to="/public/lottery">{t('policies.public.nav.lottery')}</Link>
        <Link to="/public/procurement/catalogue">{t('policies.public.nav.procurement')}</Link>
      </nav>
      <Card>
        <Space orientation="vertical" size="middle" className="full-width">
          <Typography.Text type="secondary">{t('policies.public.intro')}</Typography.Text>
          <Select<string>
            id="public-policies-region"
            className="policy-filter-region"
            aria-label={t('policies.region')}
            showSearch={{ optionFilterProp: 'label' }}
            value={regionCode}
            onChange={(code) => setRegionCode(code ?? PROVINCE_REGION)}
            options={regions.options}
          />
          {rules.isError && <ErrorResult error={rules.error} />}
          {rules.isPending && <Spin size="large" className="page-spin" />}
          {rules.isSuccess && (
            <>
              <Typography.Text data-testid="public-policies-region">
                {t('policies.public.forRegion', {
                  region: regions.nameOf(regionCode),
                  date: rules.data.on,
                })}
              </Typography.Text>
              <PriorityRule doc={doc('PRIORITY')} />
              <ReserveRule doc={doc('RESERVE')} />
              <EldercareRule doc={doc('ELDERCARE_FLOOR')} />
            </>
          )}
        </Space>
      </Card>
    </div>
  );
}
