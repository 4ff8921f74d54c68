import { App, Button, Divider, Drawer, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { scoresOf, useScore } from '../review-queries';
import type { CallView, ReviewTaskView } from '../types';
import { BlindProposal } from './blind-proposal';
import { type ScoreFormValues, scoreFormValues, sheetMerit, toScoreSheet } from './score-values';

/**
 * Scores one assigned proposal, blind (R18): what it proposes, then a whole-number score from 0 to
 * the full score of each criterion of the call's rubric, and a comment (R17). The API checks the
 * sheet: a criterion not scored, or scored off its scale, is refused on its own field.
 */
export function ScoreDrawer(props: { task: ReviewTaskView; call: CallView; onClose: () => void }) {
  const { task, call, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScoreFormValues>();
  const score = useScore(task.proposal.id);
  const [problems, setProblems] = useState<string[]>([]);
  const scores = Form.useWatch('scores', form);
  const merit = sheetMerit(call.rubric, scores ?? {});

  const submit = (values: ScoreFormValues) => {
    setProblems([]);
    score.mutate(toScoreSheet(values), {
      onSuccess: () => {
        void message.success(t('venture.reviews.saved', { title: task.proposal.title }));
        onClose();
      },
      onError: (error) => setProblems(formProblems(form, error)),
    });
  };

  return (
    <Drawer
      open
      size={760}
      title={t('venture.reviews.drawerTitle', { title: task.proposal.title })}
      onClose={onClose}
      destroyOnHidden
      data-testid="score-drawer"
      extra={
        <Button
          type="primary"
          data-testid="score-ok"
          loading={score.isPending}
          onClick={() => form.submit()}
        >
          {t('venture.reviews.submit')}
        </Button>
      }
    >
      <BlindProposal proposal={task.proposal} form={call.form} />
      <Divider titlePlacement="start">{t('venture.reviews.sheet')}</Divider>
      <ProblemsAlert problems={problems} />
      <Form<ScoreFormValues>
        form={form}
        name="score"
        layout="vertical"
        initialValues={scoreFormValues(call.rubric, scoresOf(task), task.comment)}
        onFinish={submit}
      >
        {call.rubric.map((c) => (
          <Form.Item
            key={c.key}
            name={['scores', c.key]}
            label={t('venture.reviews.criterion', {
              name: c.name,
              weight: c.weight,
              scaleMax: c.scaleMax,
            })}
          >
            <InputNumber min={0} max={c.scaleMax} precision={0} className="score-input" />
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('venture.reviews.comment')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      <Space>
        <Typography.Text type="secondary" data-testid="sheet-merit">
          {merit === undefined
            ? t('venture.reviews.meritPending')
            : t('venture.reviews.merit', { merit })}
        </Typography.Text>
      </Space>
    </Drawer>
  );
}
