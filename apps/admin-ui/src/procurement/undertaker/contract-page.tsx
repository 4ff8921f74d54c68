import { Card, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { IndicatorsList } from '../public/contract-parts';
import { EvaluationsCard } from '../contracts/contract-evaluations';
import { ContractSummary } from '../contracts/contract-summary';
import { ContractYearCard } from '../contracts/contract-year-card';
import { ReportsCard } from './reports-card';
import { useMyContract } from './undertaker-queries';

/**
 * One of the organization's contracts (R25; Order 102 art. 23–24): the term and amount, the
 * account it is paid to (masked, R30), the indicators, each contract year with its commitment at
 * finance and its instalments, their release and payment status (R27, R28), the evaluations
 * with their scores and what they decided of the instalments, and the organization's performance
 * reports, with the drawer to submit one (R25).
 */
export function ContractPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const contract = useMyContract(id);
  if (contract.isError) return <ErrorResult error={contract.error} />;
  if (!contract.data) return <Spin className="page-spin" />;
  const c = contract.data;
  return (
    <Space orientation="vertical" size="middle" className="full-width undertaker-page">
      <Card
        title={
          <Typography.Text className="procurement-card-title" data-testid="contract-title">
            {c.title}
          </Typography.Text>
        }
        extra={<Link to="/procurement/undertaker/contracts">{t('common.back')}</Link>}
      >
        <ContractSummary contract={c} />
        <IndicatorsList indicators={c.indicators} />
      </Card>
      {c.years.map((year) => (
        <ContractYearCard key={year.id} year={year} />
      ))}
      <EvaluationsCard evaluations={c.evaluations} />
      <ReportsCard contract={c} />
    </Space>
  );
}
