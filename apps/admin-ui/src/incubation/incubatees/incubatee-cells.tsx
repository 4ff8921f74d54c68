import { Button, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { IncubateeView } from '../../api/types';
import { accountText, unmask } from '../../common/unmask-calls';
import { UnmaskableNumbers } from '../../common/unmaskable-numbers';
import { useYuan } from '../../common/use-yuan';
import { useLocalizedMessage } from '../../organizations/localized';
import { useSpaceReturned } from '../incubatee-queries';
import { DeadlineTag, IncubateeStatusTag, SubsidyStatusTag } from '../tags';

type Props = { incubatee: IncubateeView };

/** The organization (linked to the registry), or a founding group not registered yet. */
export function NameCell({ incubatee: i }: Props) {
  const { t } = useTranslation();
  return i.organizationId ? (
    <Link to={`/organizations/${i.organizationId}`} className="strong-text">
      {i.name}
    </Link>
  ) : (
    <>
      <div className="strong-text">{i.name}</div>
      <Tag color="purple">{t('enums.applicantKind.FOUNDING_GROUP')}</Tag>
    </>
  );
}

/** Where it works: the venue, shared or not (R4), since when and until when. */
export function VenueCell({ incubatee: i }: Props) {
  const { t } = useTranslation();
  if (!i.venue) return null;
  const { venueName, shared, assignedOn, releasedOn } = i.venue;
  return (
    <div data-testid="venue">
      {venueName}{' '}
      <Tag color={shared ? 'cyan' : 'default'}>
        {t(shared ? 'incubation.venues.shared' : 'incubation.venues.private')}
      </Tag>
      <div className="secondary-text">
        {releasedOn
          ? t('incubation.range', { from: assignedOn, to: releasedOn })
          : t('incubation.incubatees.since', { date: assignedOn })}
      </div>
    </div>
  );
}

/** Free space and waived fees, valued in yuan (R16), each with its share. */
export function InKindCell({ incubatee: i }: Props) {
  const { t } = useTranslation();
  const yuan = useYuan();
  return (
    <div data-testid="in-kind">
      <div className="strong-text">{yuan(i.inKindFen)}</div>
      {i.inKind.map((k) => (
        <div key={k.kind} className="secondary-text">
          {t(`enums.inKind.${k.kind}`)} {yuan(k.valueFen)}
        </div>
      ))}
    </div>
  );
}

/**
 * The start-up subsidy (R15) on its way through finance, why it was refused, or when paid; the
 * account it is paid to, the number masked (R30; in full, audited, to those who may unmask it).
 */
export function SubsidyCell({
  subsidy,
  incubateeId,
}: {
  subsidy: NonNullable<IncubateeView['subsidy']>;
  incubateeId: string;
}) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const localized = useLocalizedMessage();
  const { payment, statusReason } = subsidy;
  return (
    <div data-testid="subsidy">
      <SubsidyStatusTag status={subsidy.status} /> {yuan(subsidy.amountFen)}
      <div className="secondary-text">
        <UnmaskableNumbers
          testId="subsidy-account"
          masked={accountText(subsidy.bankAccount)}
          open={() => unmask.subsidyAccount(incubateeId)}
          shown={accountText}
        />
      </div>
      {statusReason && (
        <div>
          <Typography.Text type="danger">{localized(statusReason)}</Typography.Text>
        </div>
      )}
      {payment?.paidAt && (
        <div className="secondary-text" data-testid="subsidy-paid">
          {t('lottery.mine.paidAt', { time: dayjs(payment.paidAt).format('YYYY-MM-DD HH:mm') })}
          {payment.bankReference &&
            ` · ${t('lottery.mine.bankReference', { reference: payment.bankReference })}`}
        </div>
      )}
    </div>
  );
}

/** In incubation, graduated (出壳) or left, with the note or reason. */
export function StatusCell({ incubatee: i }: Props) {
  return (
    <>
      <IncubateeStatusTag status={i.status} />
      {i.exitReason && <div className="secondary-text">{i.exitReason}</div>}
      {i.graduation?.note && <div className="secondary-text">{i.graduation.note}</div>}
    </>
  );
}

/** After leaving, space lent is handed back within 15 working days (R16); staff record it. */
export function SpaceReturnCell({ incubatee: i, runs }: Props & { runs: boolean }) {
  const { t } = useTranslation();
  const returned = useSpaceReturned(i.id);
  if (!i.spaceReturn) return null;
  const open = i.spaceReturn.status === 'PENDING' || i.spaceReturn.status === 'OVERDUE';
  return (
    <div>
      <DeadlineTag deadline={i.spaceReturn} testId="space-return" />
      {runs && open && (
        <Popconfirm
          title={t('incubation.incubatees.spaceReturnedConfirm')}
          okText={t('incubation.incubatees.spaceReturned')}
          cancelText={t('common.cancel')}
          onConfirm={() => returned.mutate()}
        >
          <Button size="small" data-testid="space-returned" loading={returned.isPending}>
            {t('incubation.incubatees.spaceReturned')}
          </Button>
        </Popconfirm>
      )}
      {returned.error && <Typography.Text type="danger">{returned.error.message}</Typography.Text>}
    </div>
  );
}
