import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { accountText, unmask } from '../../common/unmask-calls';
import { UnmaskableNumbers } from '../../common/unmaskable-numbers';
import { useYuan } from '../../common/use-yuan';
import { beijingTime } from '../public/beijing-time';
import { useProcurementLabel } from '../public/labels';
import { ContractStatusTag } from '../undertaker/my-contracts-page';
import { useOfficerRegions } from '../use-region-options';
import type { ContractView } from './contract-types';

/**
 * A contract's terms (R25; Order 102 art. 23–24): the undertaker and its kind, the item, region
 * and budget year, the amount, the term, when it was signed under which policy version, and the
 * account it is paid to (the number masked, R30; in full, audited, to those who may unmask it).
 * Officers also get the project's link and who signed; the undertaker's applicant, whose screens
 * have no project page, does not.
 */
export function ContractSummary(props: { contract: ContractView; officer?: boolean }) {
  const { contract: c, officer = false } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  const regions = useOfficerRegions();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
      data-testid="contract-summary"
      items={[
        {
          key: 'status',
          label: t('procurement.undertaker.contracts.status'),
          children: <ContractStatusTag status={c.status} />,
        },
        officer && {
          key: 'project',
          label: t('procurement.contracts.project'),
          children: (
            <Link
              to={`/procurement/projects/${c.projectId}?tab=contract`}
              data-testid="contract-project"
            >
              {c.title}
            </Link>
          ),
        },
        {
          key: 'undertaker',
          label: t('procurement.public.contract.undertaker'),
          children: t('common.withNote', {
            text: c.undertakerName,
            note: label('kind', c.undertakerKind),
          }),
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
          children: <span data-testid="contract-amount">{yuan(c.amountFen)}</span>,
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
          children: officer
            ? t('procurement.contracts.signedBy', {
                time: beijingTime(c.signedAt),
                name: c.signedBy,
              })
            : beijingTime(c.signedAt),
        },
        {
          key: 'account',
          label: t('procurement.undertaker.contracts.account'),
          children: (
            <UnmaskableNumbers
              testId="contract-account"
              masked={accountText(c.bankAccount)}
              open={() => unmask.contractAccount(c.id)}
              shown={accountText}
            />
          ),
        },
        {
          key: 'policy',
          label: t('procurement.undertaker.contracts.policyVersion'),
          children: c.policyVersion,
        },
      ].filter((item) => item !== false)}
    />
  );
}
