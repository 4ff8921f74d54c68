import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { FORM_LIMITS, QUESTION_KINDS, type QuestionKind } from '@civic/domain/forms';
import {
  Button,
  Card,
  Col,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useAnswerRules } from './answer-rules';
import { formLanguage, labelIn } from './answer-values';
import { type BilingualRow, kindChange, type QuestionRow } from './builder-values';
import { ColumnsEditor } from './columns-editor';
import { OptionsEditor } from './options-editor';
import { useCheckedRule } from './use-checked-rule';
import { YuanAmountInput } from './yuan-amount-input';

interface Props {
  form: FormInstance;
  /** The question's index in the list (its Form.List field name). */
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

/**
 * One question in the builder (`questions[i]`): its key, kind, label and help in both
 * languages, whether it must be answered, and what its kind needs (a choice's options, a
 * table's columns, a text's length, a number's or an amount's range, the amount in yuan and
 * held in fen, R26). Each item shows what checkForm says about it (R17).
 */
export function QuestionCard({ form, index, count, move, remove }: Props) {
  const { t, i18n } = useTranslation();
  const checked = useCheckedRule(form);
  const rulesOf = useAnswerRules();
  const kind = (Form.useWatch(['questions', index, 'kind'], form) ?? 'TEXT') as QuestionKind;
  const label = Form.useWatch(['questions', index, 'label'], form) as BilingualRow | undefined;
  const lang = formLanguage(i18n.language);
  const at = (...rest: (string | number)[]) => ['questions', index, ...rest];
  const item = (...rest: string[]) => ({ name: [index, ...rest], rules: [checked(at(...rest))] });
  const onKind = (next: QuestionKind) => {
    const row = form.getFieldValue(at()) as QuestionRow | undefined;
    form.setFieldValue(at(), { ...row, kind: next, ...kindChange(next, row) });
  };
  // An amount typed that is not one is said so before checkForm's words on it.
  const yuanItem = (bound: 'min' | 'max') => ({
    name: [index, bound],
    validateFirst: true,
    rules: [...rulesOf('YUAN', { required: false, min: 0 }), checked(at(bound))],
  });
  return (
    <Card
      size="small"
      className="builder-question"
      data-testid="builder-question"
      title={
        <Typography.Text ellipsis>
          {t('forms.question', { n: index + 1 })}
          <Typography.Text type="secondary"> {labelIn(label, lang)}</Typography.Text>
        </Typography.Text>
      }
      extra={
        <Space size={4}>
          <Button
            type="text"
            size="small"
            icon={<ArrowUpOutlined />}
            aria-label={t('forms.moveUp')}
            disabled={index === 0}
            onClick={() => move(index, index - 1)}
          />
          <Button
            type="text"
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={t('forms.moveDown')}
            disabled={index === count - 1}
            onClick={() => move(index, index + 1)}
          />
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('forms.remove')}
            data-testid="remove-question"
            onClick={() => remove(index)}
          />
        </Space>
      }
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item {...item('key')} label={t('forms.key')} tooltip={t('forms.keyHelp')}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={16} md={8}>
          <Form.Item {...item('kind')} label={t('forms.kind')}>
            <Select
              options={QUESTION_KINDS.map((value) => ({
                value,
                label: t(`forms.kinds.${value}`),
              }))}
              onChange={onKind}
            />
          </Form.Item>
        </Col>
        <Col xs={8} md={8}>
          <Form.Item name={[index, 'required']} label={t('forms.required')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('label', 'zh')} label={t('forms.labelZh')}>
            <Input maxLength={FORM_LIMITS.labelLength} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('label', 'en')} label={t('forms.labelEn')}>
            <Input maxLength={FORM_LIMITS.labelLength} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('help', 'zh')} label={t('forms.helpZh')}>
            <Input.TextArea
              maxLength={FORM_LIMITS.helpLength}
              autoSize={{ minRows: 1, maxRows: 4 }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('help', 'en')} label={t('forms.helpEn')}>
            <Input.TextArea
              maxLength={FORM_LIMITS.helpLength}
              autoSize={{ minRows: 1, maxRows: 4 }}
            />
          </Form.Item>
        </Col>
        {kind === 'TEXT' && (
          <Col xs={24} md={8}>
            <Form.Item {...item('maxLength')} label={t('forms.maxLength')}>
              <InputNumber
                className="full-width"
                min={1}
                max={FORM_LIMITS.textLength}
                precision={0}
                placeholder={String(FORM_LIMITS.textLength)}
              />
            </Form.Item>
          </Col>
        )}
        {kind === 'NUMBER' && (
          <>
            <Col xs={12} md={8}>
              <Form.Item {...item('min')} label={t('forms.min')}>
                <InputNumber className="full-width" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item {...item('max')} label={t('forms.max')}>
                <InputNumber className="full-width" />
              </Form.Item>
            </Col>
          </>
        )}
        {kind === 'YUAN' && (
          <>
            <Col xs={12} md={8}>
              <Form.Item {...yuanItem('min')} label={t('forms.minYuan')}>
                <YuanAmountInput />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item {...yuanItem('max')} label={t('forms.maxYuan')}>
                <YuanAmountInput />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      {kind === 'CHOICE' && <OptionsEditor form={form} question={index} />}
      {kind === 'TABLE' && <ColumnsEditor form={form} question={index} />}
    </Card>
  );
}
