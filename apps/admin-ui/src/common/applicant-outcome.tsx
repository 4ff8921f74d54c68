import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { useLocalizedMessage } from '../organizations/localized';
import { PriorityReasons } from './priority-reasons';

export type ApplicantOutcomeView = components['schemas']['ApplicantOutcomeView'];

const COLORS: Record<ApplicantOutcomeView['outcome'], string> = {
  PENDING: 'default',
  FUNDED: 'success',
  TO_BE_FUNDED: 'processing',
  NOT_FUNDED: 'default',
  REFUSED: 'error',
};

/**
 * What an applicant is told of its own proposal or application once the ranking is decided
 * (issue #18, as incubation's applicants are told): the outcome, its rank of how many, its merit
 * and rank score, the priority bonus with every reason (R13), and why: where the money comes from
 * (R14), why it is not funded (below the cut-off, the rural reserve used, the budget spent), or the
 * refusal with its rule; the officer's comment under it. Before then, only that it is pending.
 */
export function ApplicantOutcome(props: {
  outcome: ApplicantOutcomeView;
  /** Where the list has no column of its own for them: the bonus reasons, the comment. */
  withReasons?: boolean;
  withComment?: boolean;
}) {
  const { outcome: o } = props;
  const { t } = useTranslation();
  const localized = useLocalizedMessage();
  return (
    <div data-testid="applicant-outcome" data-outcome={o.outcome} data-reason={o.reason}>
      <Tag color={COLORS[o.outcome]} data-testid="outcome-tag">
        {t(`outcome.codes.${o.outcome}`)}
      </Tag>
      {o.rank !== undefined && (
        <Typography.Text strong className="nowrap" data-testid="outcome-rank">
          {t('outcome.rank', { rank: o.rank, ranked: o.ranked })}
        </Typography.Text>
      )}
      {o.outcome !== 'PENDING' && (
        <div data-testid="outcome-why">
          <Typography.Text type={o.outcome === 'REFUSED' ? 'danger' : undefined}>
            {t(`outcome.reasons.${o.reason}`, { rule: o.rule })}
          </Typography.Text>
          <div className="secondary-text" data-testid="outcome-message">
            {localized(o)}
          </div>
        </div>
      )}
      {o.merit !== undefined && o.rankScore !== undefined && (
        <div className="secondary-text" data-testid="outcome-score">
          {t('outcome.score', { merit: o.merit, bonus: o.bonus, score: o.rankScore })}
        </div>
      )}
      {props.withReasons && <PriorityReasons bonus={o.bonus} reasons={o.reasons} />}
      {props.withComment && o.comment && (
        <div className="secondary-text" data-testid="outcome-comment">
          {t('outcome.comment', { comment: o.comment })}
        </div>
      )}
    </div>
  );
}
