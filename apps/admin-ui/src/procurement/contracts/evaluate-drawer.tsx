import {
  Alert,
  App,
  Button,
  Divider,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { refusalCode } from '../../common/refusal';
import { RefusalAlert } from '../../common/refusal-alert';
import { useRequired } from '../../common/use-required';
import { useProcurementLabel } from '../public/labels';
import { useEvaluateContract } from './contract-queries';
import { type ContractView, EVALUATION_KINDS, EVALUATOR_KINDS } from './contract-types';
import {
  type EvaluateFormValues,
  initialEvaluateValues,
  scoresTotal,
  toEvaluateDto,
  yearToEvaluate,
} from './evaluate-values';

/**
 * Records a monitoring check (履约监测) or the year's final evaluation (结项评价) of a contract
 * (R25) by the buyer or a third party: one score per indicator the contract holds, from 0 to
 * its weight with at most two decimals (the inputs keep to both), their total added up as they
 * are typed, and the evaluator's comment. What it decides of the instalments is the API's
 * (payment follows the evaluation): a refusal is named above the form and on its field.
 */
export function EvaluateDrawer({
  contract,
  onClose,
}: {
  contract: ContractView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useProcurementLabel();
  const phone = !Grid.useBreakpoint().md;
  const required = useRequired();
  const textRule = [{ required: true, whitespace: true, message: t('form.required') }];
  const [form] = Form.useForm<EvaluateFormValues>();
  const evaluate = useEvaluateContract(contract.id);
  const [refusal, setRefusal] = useState<Error | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const total = scoresTotal(Form.useWatch('scores', form));
  const year = yearToEvaluate(contract);

  const submit = (values: EvaluateFormValues) => {
    setRefusal(null);
    setProblems([]);
    const body = toEvaluateDto(contract, values);
    evaluate.mutate(body, {
      onSuccess: () => {
        void message.success(
          t('procurement.contracts.evaluate.done', {
            kind: label('evaluationKind', body.kind),
            total: body.totalScore.toFixed(2),
          }),
        );
        onClose();
      },
      onError: (error) => {
        const unmatched = formProblems(form, error);
        if (refusalCode(error)?.startsWith('RULE_')) setRefusal(error);
        else setProblems(unmatched);
      },
    });
  };

  const options = (name: 'evaluationKind' | 'evaluator', values: readonly string[]) =>
    values.map((value) => ({ value, label: label(name, value) }));
  return (
    <Drawer
      open
      size={phone ? '100%' : 640}
      title={t('procurement.contracts.evaluate.title', { year: year?.year ?? '—' })}
      onClose={onClose}
      destroyOnHidden
      data-testid="evaluate-drawer"
      footer={
        <Button
          type="primary"
          block
          data-testid="evaluate-ok"
          loading={evaluate.isPending}
          onClick={() => form.submit()}
        >
          {t('procurement.contracts.evaluate.submit')}
        </Button>
      }
    >
      <Typography.Paragraph strong>{contract.title}</Typography.Paragraph>
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title={t('procurement.contracts.evaluate.note')}
      />
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.contracts.evaluate.refused')}
          errorsKey="procurement.contracts.errors"
        />
      )}
      <ProblemsAlert problems={problems} />
      <Form<EvaluateFormValues>
        form={form}
        name="evaluation"
        layout="vertical"
        initialValues={initialEvaluateValues(contract)}
        onFinish={submit}
      >
        <Form.Item name="kind" label={t('procurement.contracts.evaluate.kind')} rules={required}>
          <Radio.Group optionType="button" options={options('evaluationKind', EVALUATION_KINDS)} />
        </Form.Item>
        <Form.Item
          name="evaluator"
          label={t('procurement.contracts.evaluate.evaluator')}
          rules={required}
        >
          <Radio.Group optionType="button" options={options('evaluator', EVALUATOR_KINDS)} />
        </Form.Item>
        <Form.Item
          name="evaluatorName"
          label={t('procurement.contracts.evaluate.evaluatorName')}
          rules={textRule}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Divider titlePlacement="start">{t('procurement.contracts.evaluate.scores')}</Divider>
        {contract.indicators.map((indicator, i) => (
          <Form.Item
            key={indicator.name}
            name={['scores', i, 'score']}
            label={t('procurement.contracts.evaluate.score', indicator)}
            extra={indicator.target}
            rules={required}
          >
            <InputNumber
              min={0}
              max={indicator.weight}
              precision={2}
              step={0.5}
              className="procurement-score-input"
              inputMode="decimal"
            />
          </Form.Item>
        ))}
        <Typography.Paragraph strong data-testid="evaluation-total" data-total={total.toFixed(2)}>
          {t('procurement.contracts.evaluate.total', { total: total.toFixed(2) })}
        </Typography.Paragraph>
        <Form.Item
          name="comment"
          label={t('procurement.contracts.evaluate.comment')}
          rules={textRule}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
