import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import { beijingTime } from './beijing-time';
import { EvaluationLine, IndicatorsList, InstalmentLine } from './contract-parts';
import { useProcurementLabel } from './labels';
import type { PublicContractView } from './public-types';

/**
 * A contract as published (Order 102 art. 23, R25): the parties, amount and term, the indicators,
 * each year with its instalments (paid or not) and the evaluations' results. No account, no
 * personal data (R30).
 */
export function PublicContractCard(props: {
  contract: PublicContractView;
  regionName: (code: string) => string;
}) {
  const { contract, regionName } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  return (
    <Card
      size="small"
      className="procurement-card"
      data-testid="public-contract"
      title={<Typography.Text className="procurement-card-title">{contract.title}</Typography.Text>}
    >
      <Space wrap size={4} className="procurement-card-tags">
        <Tag color={contract.status === 'IN_FORCE' ? 'processing' : 'success'}>
          {label('contractStatus', contract.status)}
        </Tag>
        <Tag color="blue">{label('kind', contract.undertakerKind)}</Tag>
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'undertaker',
            label: t('procurement.public.contract.undertaker'),
            children: contract.undertakerName,
          },
          {
            key: 'item',
            label: t('procurement.public.announcement.item'),
            children: contract.catalogueItemName,
          },
          {
            key: 'region',
            label: t('procurement.fields.region'),
            children: t('procurement.public.regionYear', {
              region: regionName(contract.regionCode),
              year: contract.fiscalYear,
            }),
          },
          {
            key: 'amount',
            label: t('procurement.public.contract.amount'),
            children: yuan(contract.amountFen),
          },
          {
            key: 'term',
            label: t('procurement.public.announcement.term'),
            children: t('procurement.public.contract.term', {
              start: contract.startDate,
              end: contract.endDate,
              count: contract.months,
            }),
          },
          {
            key: 'signed',
            label: t('procurement.public.contract.signedAt'),
            children: beijingTime(contract.signedAt).slice(0, 10),
          },
        ]}
      />
      <IndicatorsList indicators={contract.indicators} />
      {contract.years.map((year) => (
        <div key={year.year} className="procurement-sublist" data-testid="contract-year">
          <Typography.Text strong>
            {t('procurement.public.contract.yearTitle', {
              year: year.year,
              fiscalYear: year.fiscalYear,
              start: year.startsOn,
              end: year.endsOn,
              amount: yuan(year.amountFen),
            })}
          </Typography.Text>{' '}
          {!year.renewed && <Tag>{t('procurement.public.contract.notRenewed')}</Tag>}
          {year.instalments.map((instalment) => (
            <InstalmentLine
              key={instalment.key}
              instalment={instalment}
              payment={
                <Tag color={instalment.paid ? 'success' : 'default'}>
                  {t(
                    instalment.paid
                      ? 'procurement.public.contract.paid'
                      : 'procurement.public.contract.unpaid',
                  )}
                </Tag>
              }
            />
          ))}
        </div>
      ))}
      {contract.evaluations.length > 0 && (
        <div className="procurement-sublist">
          <Typography.Text strong>{t('procurement.public.contract.evaluations')}</Typography.Text>
          {contract.evaluations.map((evaluation, i) => (
            <EvaluationLine key={i} evaluation={evaluation} />
          ))}
        </div>
      )}
    </Card>
  );
}
