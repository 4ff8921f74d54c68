import { Alert, App, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { RefusalAlert } from '../../common/refusal-alert';
import { isDrawn, useDraw, useDrawReviewers } from '../call-queries';
import { dateTime } from '../calls/call-columns';
import type { CallView } from '../types';
import { AssignmentsTable, RecusalsTable } from './draw-tables';

/**
 * The reviewer draw (R18): once the call has closed, the officer draws at least 3 reviewers per
 * proposal at random from the pool, none in conflict; then who reviews what, and every recusal
 * with the clause of 财库〔2016〕198号 art. 16 behind it.
 */
export function DrawTab({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const draw = useDraw(call);
  const drawing = useDrawReviewers(call.id);
  if (draw.isError) return <ErrorResult error={draw.error} />;
  if (!isDrawn(call)) {
    return (
      <Space orientation="vertical" size="middle" className="full-width">
        {call.open && (
          <Alert
            type="info"
            showIcon
            data-testid="draw-after-deadline"
            title={t('venture.draw.afterDeadline', { deadline: dateTime(call.deadline) })}
          />
        )}
        {drawing.error && (
          <RefusalAlert
            error={drawing.error}
            title={t('venture.draw.failed')}
            errorsKey="venture.errors"
          />
        )}
        <Typography.Paragraph>{t('venture.draw.explain')}</Typography.Paragraph>
        <Button
          type="primary"
          data-testid="draw"
          disabled={call.open}
          loading={drawing.isPending}
          onClick={() =>
            drawing.mutate(undefined, {
              onSuccess: (view) =>
                void message.success(t('venture.draw.done', { count: view.assignments.length })),
            })
          }
        >
          {t('venture.draw.button')}
        </Button>
      </Space>
    );
  }
  if (!draw.data) return null;
  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="draw-view">
      <Typography.Text type="secondary" data-testid="draw-info">
        {t('venture.draw.info', { time: dateTime(draw.data.drawnAt), seed: draw.data.seed })}
      </Typography.Text>
      <AssignmentsTable assignments={draw.data.assignments} />
      <RecusalsTable recusals={draw.data.recusals} />
    </Space>
  );
}
