import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import { EvaluationLine } from '../public/contract-parts';
import type { ContractEvaluationView } from './contract-types';

/**
 * A contract's evaluations, oldest first (R25): each with its scores and total, whether it
 * passed, what it decided of its instalment and why (in the UI language, with the policy version
 * that decided it), what was paid and withheld, and the evaluator's comment.
 */
export function EvaluationsCard({
  evaluations,
}: {
  evaluations: readonly ContractEvaluationView[];
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className="procurement-card"
      title={t('procurement.public.contract.evaluations')}
      data-testid="evaluations"
    >
      {evaluations.length === 0 ? (
        <Typography.Text type="secondary">
          {t('procurement.undertaker.contracts.noEvaluations')}
        </Typography.Text>
      ) : (
        evaluations.map((evaluation) => (
          <EvaluationDetails key={evaluation.id} evaluation={evaluation} />
        ))
      )}
    </Card>
  );
}

function EvaluationDetails({ evaluation }: { evaluation: ContractEvaluationView }) {
  const { t, i18n } = useTranslation();
  const yuan = useYuan();
  return (
    <EvaluationLine evaluation={evaluation}>
      <div data-testid="evaluation-reason">
        {i18n.language === 'en' ? evaluation.reason : evaluation.reasonZh}
      </div>
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
