import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import { beijingTime } from './beijing-time';
import { useProcurementLabel } from './labels';
import type { IndicatorScoreView, PerformanceIndicatorView } from './public-types';

/** The indicators a contract holds (绩效指标, R25), each with its target and weight. */
export function IndicatorsList({
  indicators,
}: {
  indicators: readonly PerformanceIndicatorView[];
}) {
  const { t } = useTranslation();
  return (
    <div className="procurement-sublist" data-testid="indicators">
      <Typography.Text strong>{t('procurement.public.contract.indicators')}</Typography.Text>
      <ul>
        {indicators.map((indicator) => (
          <li key={indicator.name}>
            <span className="strong-text">{indicator.name}</span>
            {t('procurement.public.contract.indicatorLine', indicator)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A release of an instalment (R25): pending, released, or held by an evaluation. */
export function ReleaseTag({ release }: { release: string }) {
  const label = useProcurementLabel();
  const color = release === 'RELEASED' ? 'success' : release === 'HELD' ? 'warning' : 'default';
  return <Tag color={color}>{label('release', release)}</Tag>;
}

/**
 * One instalment of a contract year: its key and trigger, what was scheduled and what is paid
 * (less once a final evaluation reduced it), its release and `payment` (its state at finance).
 */
export function InstalmentLine(props: {
  instalment: {
    key: string;
    trigger: string;
    scheduledFen: number;
    amountFen: number;
    release: string;
  };
  payment: ReactNode;
}) {
  const { instalment } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  const reduced = instalment.amountFen !== instalment.scheduledFen;
  return (
    <div className="procurement-instalment" data-testid="instalment" data-key={instalment.key}>
      <span className="strong-text">{label('trigger', instalment.trigger)}</span>
      <span className="nowrap">
        {reduced
          ? t('procurement.public.contract.reduced', {
              amount: yuan(instalment.amountFen),
              scheduled: yuan(instalment.scheduledFen),
            })
          : yuan(instalment.amountFen)}
      </span>
      <ReleaseTag release={instalment.release} />
      {props.payment}
    </div>
  );
}

/** An evaluation of a contract (R25): its kind and evaluator, total, pass, what it decided. */
export function EvaluationLine(props: {
  evaluation: {
    year: number;
    kind: string;
    evaluator: string;
    evaluatorName?: string;
    scores: IndicatorScoreView[];
    totalScore: number;
    passed: boolean;
    decision?: string;
    evaluatedAt: string;
  };
  children?: ReactNode;
}) {
  const { evaluation } = props;
  const { t } = useTranslation();
  const label = useProcurementLabel();
  return (
    <div className="procurement-evaluation" data-testid="evaluation">
      <div>
        <span className="strong-text">
          {t('procurement.public.contract.evaluationTitle', {
            year: evaluation.year,
            kind: label('evaluationKind', evaluation.kind),
          })}
        </span>{' '}
        <Tag color={evaluation.passed ? 'success' : 'error'}>
          {t(
            evaluation.passed
              ? 'procurement.public.contract.passed'
              : 'procurement.public.contract.failed',
          )}
        </Tag>
        {evaluation.decision && <Tag>{label('decision', evaluation.decision)}</Tag>}
      </div>
      <div className="secondary-text">
        {t('procurement.public.contract.evaluatedBy', {
          evaluator: evaluation.evaluatorName
            ? `${label('evaluator', evaluation.evaluator)} ${evaluation.evaluatorName}`
            : label('evaluator', evaluation.evaluator),
          time: beijingTime(evaluation.evaluatedAt).slice(0, 10),
        })}
      </div>
      <div>
        {t('procurement.public.score', { score: evaluation.totalScore.toFixed(2) })}
        {evaluation.scores.length > 0 && (
          <span className="secondary-text">
            {' '}
            (
            {evaluation.scores
              .map((s) => t('procurement.public.contract.indicatorScore', s))
              .join(t('common.listSeparator'))}
            )
          </span>
        )}
      </div>
      {props.children}
    </div>
  );
}
