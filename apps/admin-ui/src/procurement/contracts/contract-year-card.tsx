import { Alert, Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import { useLocalizedMessage } from '../../organizations/localized';
import { beijingTime } from '../public/beijing-time';
import { InstalmentLine } from '../public/contract-parts';
import { useProcurementLabel } from '../public/labels';
import type { ContractInstalmentView, ContractYearView } from './contract-types';

const COMMITMENT_COLORS: Record<string, string> = {
  NOT_RENEWED: 'default',
  REQUESTED: 'processing',
  COMMITTED: 'success',
  REFUSED: 'error',
  RELEASING: 'processing',
  RELEASED: 'default',
};

/**
 * A contract year (R25, R27): its budget year, dates and amount, its commitment at finance (and
 * why finance refused it, or what was released once the year pays no more), and its
 * instalments with their release and payment (R28).
 */
export function ContractYearCard({ year }: { year: ContractYearView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  const localized = useLocalizedMessage();
  return (
    <Card
      size="small"
      className="procurement-card"
      data-testid="contract-year"
      data-year={year.year}
      title={t('procurement.public.contract.yearTitle', {
        year: year.year,
        fiscalYear: year.fiscalYear,
        start: year.startsOn,
        end: year.endsOn,
        amount: yuan(year.amountFen),
      })}
      extra={
        <Tag
          color={COMMITMENT_COLORS[year.commitment]}
          data-testid="year-commitment"
          data-commitment={year.commitment}
        >
          {label('commitment', year.commitment)}
        </Tag>
      }
    >
      {year.statusReason && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={localized(year.statusReason)}
        />
      )}
      {year.releasedFen > 0 && (
        <div className="secondary-text" data-testid="year-released">
          {t('procurement.contracts.releasedFen', { amount: yuan(year.releasedFen) })}
        </div>
      )}
      {year.instalments.map((instalment) => (
        <InstalmentLine
          key={instalment.id}
          instalment={instalment}
          payment={<InstalmentPayment instalment={instalment} />}
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
export function InstalmentPayment({ instalment }: { instalment: ContractInstalmentView }) {
  const { t } = useTranslation();
  const label = useProcurementLabel();
  const localized = useLocalizedMessage();
  return (
    <>
      <Tag
        color={PAYMENT_COLORS[instalment.payment]}
        data-testid="payment-status"
        data-payment={instalment.payment}
      >
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
      {instalment.custodianName && (
        <span className="secondary-text">
          {t('procurement.contracts.custodian', { name: instalment.custodianName })}
        </span>
      )}
      {instalment.statusReason && (
        <span className="secondary-text">{localized(instalment.statusReason)}</span>
      )}
    </>
  );
}
