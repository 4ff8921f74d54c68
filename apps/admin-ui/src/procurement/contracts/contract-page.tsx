import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { RefusalAlert } from '../../common/refusal-alert';
import { IndicatorsList } from '../public/contract-parts';
import { ContractActions } from './contract-actions';
import { EvaluationsCard } from './contract-evaluations';
import { ContractReports } from './contract-reports';
import { useContract } from './contract-queries';
import { ContractSummary } from './contract-summary';
import { ContractYearCard } from './contract-year-card';
import '../public/public.css';
import './contracts.css';

/**
 * One contract's performance as officers manage it (R25, R27, R28; Order 102 art. 23–24): its
 * terms and indicators, each contract year with its commitment at finance and its instalments,
 * their release and payment, the evaluations with what they decided and the undertaker's
 * performance reports (read-only); the evaluation to record and the next year to renew. Followed
 * while finance answers; what the API refuses of a renewal is explained under the terms. Usable
 * on a phone.
 */
export function ContractPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const contract = useContract(id);
  const [refusal, setRefusal] = useState<Error | null>(null);
  if (contract.isError) return <ErrorResult error={contract.error} />;
  if (!contract.data) return <Spin className="page-spin" />;
  const c = contract.data;
  return (
    <Space orientation="vertical" size="middle" className="full-width officer-contract">
      <Card
        className="procurement-card"
        extra={
          <Link to="/procurement/contracts" data-testid="contract-back">
            <ArrowLeftOutlined /> {t('procurement.contracts.back')}
          </Link>
        }
        title={
          <Typography.Text className="procurement-card-title" data-testid="contract-title">
            {c.title}
          </Typography.Text>
        }
      >
        <ContractSummary contract={c} officer />
        <IndicatorsList indicators={c.indicators} />
        <div className="procurement-card-action">
          <ContractActions contract={c} onError={setRefusal} />
        </div>
      </Card>
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.contracts.renew.refused')}
          errorsKey="procurement.contracts.errors"
        />
      )}
      {c.years.map((year) => (
        <ContractYearCard key={year.id} year={year} />
      ))}
      <EvaluationsCard evaluations={c.evaluations} />
      <ContractReports reports={c.reports ?? []} />
    </Space>
  );
}
