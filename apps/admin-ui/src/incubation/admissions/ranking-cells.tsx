import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionRankingRowView, AdmissionView } from '../../api/types';
import { unmask } from '../../common/unmask-calls';
import { UnmaskableNumbers } from '../../common/unmaskable-numbers';
import { useLocalizedMessage } from '../../organizations/localized';
import { OutcomeTag } from '../tags';
import { isUnassessed, outcomeOf } from './ranking-rows';

type Row = AdmissionRankingRowView;

/** The rank (R13), or why there is none yet. */
export function RankCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  const rank = outcomeOf(row)?.rank;
  if (rank !== undefined) {
    return (
      <Typography.Text strong data-testid="rank">
        {rank}
      </Typography.Text>
    );
  }
  return isUnassessed(row) ? (
    <Tag color="orange" data-testid="unassessed">
      {t('incubation.ranking.unassessed')}
    </Tag>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}

/**
 * Who applies: an organization or a founding group, urban or rural (R1, R13), and its contact, the
 * phone masked (R30; in full, audited, to those who may unmask it).
 */
export function ApplicantCell({ row }: { row: AdmissionView }) {
  const { t } = useTranslation();
  return (
    <div data-testid="applicant">
      <div className="strong-text">{row.name}</div>
      <Tag color={row.kind === 'ORGANIZATION' ? 'geekblue' : 'purple'}>
        {t(`enums.applicantKind.${row.kind}`)}
      </Tag>
      <Tag>{t(`enums.areaType.${row.areaType}`)}</Tag>
      <div className="secondary-text">
        {t(`enums.category.${row.category}`)}
        {row.founders !== undefined &&
          ` · ${t('incubation.ranking.founders', { count: row.founders })}`}
      </div>
      <div className="secondary-text">
        <UnmaskableNumbers
          testId="applicant-contact"
          masked={`${row.contactName} ${row.contactPhone}`}
          open={() => unmask.admissionContact(row.id)}
          shown={(full) => `${row.contactName} ${full.contactPhone}`}
        />
      </div>
    </div>
  );
}

/** Whether the applicant may be admitted at all, and each reason (R16). */
export function ScreeningCell({ screening }: { screening: AdmissionView['screening'] }) {
  const { t } = useTranslation();
  const localized = useLocalizedMessage();
  return (
    <div data-testid="screening" data-eligible={String(screening.eligible)}>
      <Tag color={screening.eligible ? 'green' : 'red'}>
        {t(screening.eligible ? 'incubation.screening.eligible' : 'incubation.screening.not')}
      </Tag>
      <ul className="reason-list">
        {screening.reasons.map((reason) => (
          <li
            key={reason.code}
            data-testid="screening-reason"
            data-ok={String(reason.ok)}
            className={reason.ok ? undefined : 'danger-text'}
          >
            {reason.ok ? '✓ ' : '✗ '}
            {localized(reason)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The merit staff gave (0–100) and the rank score it makes: merit × (1 + bonus/100) (R13). */
export function ScoreCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  const score = outcomeOf(row)?.rankScore;
  if (row.merit === undefined) return null;
  return (
    <div data-testid="score">
      <div data-testid="merit">{t('incubation.ranking.merit', { merit: row.merit })}</div>
      {score !== undefined && (
        <div data-testid="rank-score">
          <div>{t('lottery.ranking.rankScore', { score })}</div>
          <div className="secondary-text">
            {t('lottery.ranking.formula', { merit: row.merit, bonus: row.priority.bonus })}
          </div>
        </div>
      )}
    </div>
  );
}

/** 入驻 / 候补(n) / 未通过 and why: decided, or what deciding now would give (R14, R16). */
export function OutcomeCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  const localized = useLocalizedMessage();
  const outcome = outcomeOf(row);
  if (!outcome) {
    return row.screening.eligible ? (
      <Typography.Text type="secondary">{t('incubation.ranking.afterScores')}</Typography.Text>
    ) : null;
  }
  return (
    <div data-testid="outcome" data-outcome={outcome.outcome} data-decided={outcome.decided}>
      <OutcomeTag outcome={outcome.outcome} waitlistPosition={outcome.waitlistPosition} />
      {!outcome.decided && <Tag data-testid="preview">{t('incubation.ranking.preview')}</Tag>}
      {outcome.seatSource && <Tag color="cyan">{t(`enums.seatSource.${outcome.seatSource}`)}</Tag>}
      <div className="secondary-text" data-testid="outcome-reason">
        {localized(outcome)}
      </div>
    </div>
  );
}
