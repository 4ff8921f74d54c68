import { Alert, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { useYuan } from '../../common/use-yuan';
import { useLocalizedMessage } from '../../organizations/localized';
import { beijingTime } from '../public/beijing-time';
import { EvaluationLine, IndicatorsList, InstalmentLine } from '../public/contract-parts';
import { useProcurementLabel } from '../public/labels';
import { useOfficerRegions } from '../use-region-options';
import { ContractStatusTag } from './my-contracts-page';
import { useMyContract } from './undertaker-queries';
import type { ContractInstalmentView, ContractView, ContractYearView } from './undertaker-types';

/**
 * One of the organization's contracts (R25; Order 102 art. 23–24): the term and amount, the
 * account it is paid to (masked, R30), the indicators, each contract year with its commitment at
 * finance and its instalments, their release and payment status (R27, R28), and the evaluations
 * with their scores and what they decided of the instalments.
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
        <YearCard key={year.id} year={year} />
      ))}
      <Card title={t('procurement.public.contract.evaluations')} data-testid="evaluations">
        {c.evaluations.length === 0 ? (
          <Typography.Text type="secondary">
            {t('procurement.undertaker.contracts.noEvaluations')}
          </Typography.Text>
        ) : (
          c.evaluations.map((evaluation) => (
            <EvaluationDetails key={evaluation.id} evaluation={evaluation} />
          ))
        )}
      </Card>
    </Space>
  );
}

function ContractSummary({ contract: c }: { contract: ContractView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const regions = useOfficerRegions();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        {
          key: 'status',
          label: t('procurement.undertaker.contracts.status'),
          children: <ContractStatusTag status={c.status} />,
        },
        {
          key: 'item',
          label: t('procurement.public.announcement.item'),
          children: c.catalogueItemName,
        },
        {
          key: 'region',
          label: t('procurement.fields.region'),
          children: t('procurement.public.regionYear', {
            region: regions.nameOf(c.regionCode),
            year: c.fiscalYear,
          }),
        },
        {
          key: 'amount',
          label: t('procurement.public.contract.amount'),
          children: yuan(c.amountFen),
        },
        {
          key: 'term',
          label: t('procurement.public.announcement.term'),
          children: t('procurement.public.contract.term', {
            start: c.startDate,
            end: c.endDate,
            count: c.months,
          }),
        },
        {
          key: 'signed',
          label: t('procurement.public.contract.signedAt'),
          children: beijingTime(c.signedAt),
        },
        {
          key: 'account',
          label: t('procurement.undertaker.contracts.account'),
          children: `${c.bankAccount.accountName} ${c.bankAccount.bankName} ${c.bankAccount.accountNumber}`,
        },
        {
          key: 'policy',
          label: t('procurement.undertaker.contracts.policyVersion'),
          children: c.policyVersion,
        },
      ]}
    />
  );
}

/** A contract year: its budget year and commitment at finance, and its instalments. */
function YearCard({ year }: { year: ContractYearView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  const localized = useLocalizedMessage();
  return (
    <Card
      size="small"
      data-testid="contract-year"
      title={t('procurement.public.contract.yearTitle', {
        year: year.year,
        fiscalYear: year.fiscalYear,
        start: year.startsOn,
        end: year.endsOn,
        amount: yuan(year.amountFen),
      })}
      extra={<Tag>{label('commitment', year.commitment)}</Tag>}
    >
      {year.statusReason && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={localized(year.statusReason)}
        />
      )}
      {year.instalments.map((instalment) => (
        <InstalmentLine
          key={instalment.id}
          instalment={instalment}
          payment={<PaymentDetails instalment={instalment} />}
        />
      ))}
    </Card>
  );
}

const PAYMENT_COLORS: Record<string, string> = {
  PAID: 'success',
  REQUESTED: 'processing',
  FAILED: 'error',
  CANCELLED: 'default',
  NOT_REQUESTED: 'default',
};

/** Where an instalment's payment is at finance (R28): its state, when paid, or why not. */
function PaymentDetails({ instalment }: { instalment: ContractInstalmentView }) {
  const { t } = useTranslation();
  const label = useProcurementLabel();
  const localized = useLocalizedMessage();
  return (
    <>
      <Tag color={PAYMENT_COLORS[instalment.payment]} data-testid="payment-status">
        {label('payment', instalment.payment)}
      </Tag>
      {instalment.paidAt && (
        <span className="secondary-text">
          {t('procurement.undertaker.contracts.paidAt', {
            time: beijingTime(instalment.paidAt),
            reference: instalment.bankReference ?? '',
          })}
        </span>
      )}
      {instalment.statusReason && (
        <span className="secondary-text">{localized(instalment.statusReason)}</span>
      )}
    </>
  );
}

function EvaluationDetails({ evaluation }: { evaluation: ContractView['evaluations'][number] }) {
  const { t, i18n } = useTranslation();
  const yuan = useYuan();
  return (
    <EvaluationLine evaluation={evaluation}>
      <div>{i18n.language === 'en' ? evaluation.reason : evaluation.reasonZh}</div>
      {(evaluation.payFen !== undefined || evaluation.withheldFen !== undefined) && (
        <div className="secondary-text">
          {t('procurement.undertaker.contracts.payWithheld', {
            pay: yuan(evaluation.payFen ?? 0),
            withheld: yuan(evaluation.withheldFen ?? 0),
          })}
        </div>
      )}
      {evaluation.comment && (
        <Typography.Paragraph type="secondary" className="procurement-description">
          {evaluation.comment}
        </Typography.Paragraph>
      )}
    </EvaluationLine>
  );
}
