import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Grid,
  InputNumber,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { refusalCode } from '../../common/refusal';
import { RefusalAlert } from '../../common/refusal-alert';
import { useYuan } from '../../common/use-yuan';
import { AnswersView, schemaOf } from '../../forms';
import { useCriterionName } from '../projects/project-tags';
import { useScoreBid } from './panel-queries';
import type { PanelTaskView } from './panel-types';
import { type BidScoreFormValues, emptyScores, sheetPoints, toBidScores } from './score-values';

/**
 * Scores one bid (R25, R18): the proposal and price, with the answers to the project's added
 * questions when it has any (issue #17), then one score per PANEL criterion announced,
 * from 0 to its full score with at most two decimals (the input keeps to both). A sheet is sent
 * once and cannot be changed: the drawer says so. The API decides what is valid: a criterion left
 * out, off its scale or not announced (an R12 tilt included) is refused, named above the form and
 * on its field.
 */
export function ScoreDrawer({ task, onClose }: { task: PanelTaskView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const yuan = useYuan();
  const nameOf = useCriterionName();
  const phone = !Grid.useBreakpoint().md;
  const [form] = Form.useForm<BidScoreFormValues>();
  const score = useScoreBid(task.bidId);
  const [refusal, setRefusal] = useState<Error | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const scores = Form.useWatch('scores', form);
  const points = sheetPoints(task.criteria, scores);
  const weights = task.criteria.reduce((sum, c) => sum + c.weight, 0);

  const submit = (values: BidScoreFormValues) => {
    setRefusal(null);
    setProblems([]);
    score.mutate(toBidScores(values), {
      onSuccess: () => {
        void message.success(t('procurement.panel.sent', { name: task.undertakerName }));
        onClose();
      },
      onError: (error) => {
        const unmatched = formProblems(form, error);
        if (refusalCode(error)?.startsWith('RULE_')) setRefusal(error);
        else setProblems(unmatched);
      },
    });
  };

  return (
    <Drawer
      open
      size={phone ? '100%' : 640}
      title={t('procurement.panel.drawerTitle', { name: task.undertakerName })}
      onClose={onClose}
      destroyOnHidden
      data-testid="score-drawer"
      footer={
        <Button
          type="primary"
          block
          data-testid="score-ok"
          loading={score.isPending}
          onClick={() => form.submit()}
        >
          {t('procurement.panel.send')}
        </Button>
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('procurement.panel.project')}>
          {task.projectTitle}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.panel.price')}>
          {yuan(task.priceFen)}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph className="catalogue-description">{task.proposal}</Typography.Paragraph>
      {task.form && <AnswersView schema={schemaOf(task.form)} answers={task.answers} />}
      <Alert type="warning" showIcon className="form-alert" title={t('procurement.panel.once')} />
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.panel.refused')}
          errorsKey="procurement.panel.errors"
        />
      )}
      <ProblemsAlert problems={problems} />
      <Form<BidScoreFormValues>
        form={form}
        name="bidScore"
        layout="vertical"
        initialValues={emptyScores(task.criteria)}
        onFinish={submit}
      >
        {task.criteria.map((c) => (
          <Form.Item
            key={c.key}
            name={['scores', c.key]}
            label={t('procurement.panel.criterion', {
              name: nameOf(c),
              weight: c.weight,
              max: c.max,
            })}
          >
            <InputNumber
              min={0}
              max={c.max}
              precision={2}
              step={0.5}
              className="procurement-score-input"
              inputMode="decimal"
            />
          </Form.Item>
        ))}
      </Form>
      <Typography.Text type="secondary" data-testid="sheet-points">
        {points === undefined
          ? t('procurement.panel.pointsPending')
          : t('procurement.panel.points', { points: points.toFixed(2), weights })}
      </Typography.Text>
    </Drawer>
  );
}
