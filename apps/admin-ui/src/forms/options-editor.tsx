import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { FORM_LIMITS } from '@civic/domain/forms';
import { Button, Col, Form, type FormInstance, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { newOption, type OptionRow } from './builder-values';
import { useCheckedRule } from './use-checked-rule';

/**
 * A choice's options (`questions[i].options[j]`): a value stored as the answer, and what the
 * applicant reads in each language. A value on a phone with its remove button, the two labels
 * under it; one line on a wide screen.
 */
export function OptionsEditor({
  form,
  question,
}: {
  form: FormInstance;
  /** The question's index in the list. */
  question: number;
}) {
  const { t } = useTranslation();
  const checked = useCheckedRule(form);
  const at = ['questions', question, 'options'];
  return (
    <Form.List name={[question, 'options']} rules={[checked(at)]}>
      {(fields, { add, remove }, { errors }) => (
        <div className="builder-sublist" data-testid="options-editor">
          {fields.map((field) => (
            <Row gutter={12} key={field.key} data-testid="option-row">
              <Col xs={{ span: 20, order: 1 }} md={{ span: 6, order: 1 }}>
                <Form.Item
                  name={[field.name, 'value']}
                  label={t('forms.optionValue')}
                  rules={[checked([...at, field.name, 'value'])]}
                >
                  <Input maxLength={40} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={{ span: 12, order: 3 }} md={{ span: 8, order: 2 }}>
                <Form.Item
                  name={[field.name, 'label', 'zh']}
                  label={t('forms.optionZh')}
                  rules={[checked([...at, field.name, 'label', 'zh'])]}
                >
                  <Input maxLength={FORM_LIMITS.labelLength} />
                </Form.Item>
              </Col>
              <Col xs={{ span: 12, order: 4 }} md={{ span: 8, order: 3 }}>
                <Form.Item
                  name={[field.name, 'label', 'en']}
                  label={t('forms.optionEn')}
                  rules={[checked([...at, field.name, 'label', 'en'])]}
                >
                  <Input maxLength={FORM_LIMITS.labelLength} />
                </Form.Item>
              </Col>
              <Col xs={{ span: 4, order: 2 }} md={{ span: 2, order: 4 }} className="leader-remove">
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('forms.removeOption')}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            data-testid="add-option"
            disabled={fields.length >= FORM_LIMITS.options}
            onClick={() => {
              const rows = (form.getFieldValue(at) ?? []) as (OptionRow | undefined)[];
              add(newOption(rows.map((o) => o?.value)));
            }}
          >
            {t('forms.addOption')}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
