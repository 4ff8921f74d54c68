import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { ErrorResult } from '../common/error-result';
import { LeadersCard } from './leaders-card';
import { OrganizationDescriptions } from './organization-descriptions';
import { useOrganization } from './queries';
import { TierDecisionCard } from './tier-decision-card';
import { TierTag } from './tier-tag';

/** One organization: its facts, its tier with the reasons (R5), its leaders (R10, R30). */
export function OrganizationDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const opened = useLocation().key === 'default'; // opened here directly: no page to go back to
  const { id = '' } = useParams();
  const query = useOrganization(id);
  if (query.isPending) return <Spin size="large" className="page-spin" />;
  if (query.isError) return <ErrorResult error={query.error} />;
  const organization = query.data;

  return (
    <Space orientation="vertical" size="large" className="full-width">
      <Space align="center">
        <Button
          icon={<ArrowLeftOutlined />}
          onClick={() => (opened ? navigate('/organizations') : navigate(-1))}
        >
          {t('common.back')}
        </Button>
        <Typography.Title level={3} className="page-title" data-testid="organization-name">
          {organization.name}
        </Typography.Title>
        <TierTag tier={organization.tier} />
      </Space>
      <TierDecisionCard organization={organization} />
      <Card title={t('organizations.detail.basics')}>
        <OrganizationDescriptions organization={organization} />
      </Card>
      <LeadersCard organizationId={organization.id} leaders={organization.leaders} />
    </Space>
  );
}
