import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { COLUMN_KINDS, FORM_LIMITS } from '@civic/domain/forms';
import { Button, Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ColumnRow, newColumn } from './builder-values';
import { useCheckedRule } from './use-checked-rule';

/**
 * A table's columns (`questions[i].columns[j]`): a key each row's cell is stored under, what
 * the cell holds (text, a number, an amount in yuan, a date) and its name in each language.
 */
export function ColumnsEditor({
  form,
  question,
}: {
  form: FormInstance;
  /** The question's index in the list. */
  question: number;
}) {
  const { t } = useTranslation();
  const checked = useCheckedRule(form);
  const at = ['questions', question, 'columns'];
  const kinds = COLUMN_KINDS.map((kind) => ({ value: kind, label: t(`forms.kinds.${kind}`) }));
  return (
    <Form.List name={[question, 'columns']} rules={[checked(at)]}>
      {(fields, { add, remove }, { errors }) => (
        <div className="builder-sublist" data-testid="columns-editor">
          {fields.map((field) => (
            <Row gutter={12} key={field.key} data-testid="column-row">
              <Col xs={{ span: 10, order: 1 }} md={{ span: 5, order: 1 }}>
                <Form.Item
                  name={[field.name, 'key']}
                  label={t('forms.columnKey')}
                  rules={[checked([...at, field.name, 'key'])]}
                >
                  <Input maxLength={40} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={{ span: 10, order: 2 }} md={{ span: 5, order: 2 }}>
                <Form.Item
                  name={[field.name, 'kind']}
                  label={t('forms.columnKind')}
                  rules={[checked([...at, field.name, 'kind'])]}
                >
                  <Select options={kinds} />
                </Form.Item>
              </Col>
              <Col xs={{ span: 12, order: 4 }} md={{ span: 6, order: 3 }}>
                <Form.Item
                  name={[field.name, 'label', 'zh']}
                  label={t('forms.columnZh')}
                  rules={[checked([...at, field.name, 'label', 'zh'])]}
                >
                  <Input maxLength={FORM_LIMITS.labelLength} />
                </Form.Item>
              </Col>
              <Col xs={{ span: 12, order: 5 }} md={{ span: 6, order: 4 }}>
                <Form.Item
                  name={[field.name, 'label', 'en']}
                  label={t('forms.columnEn')}
                  rules={[checked([...at, field.name, 'label', 'en'])]}
                >
                  <Input maxLength={FORM_LIMITS.labelLength} />
                </Form.Item>
              </Col>
              <Col xs={{ span: 4, order: 3 }} md={{ span: 2, order: 5 }} className="leader-remove">
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('forms.removeColumn')}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            data-testid="add-column"
            disabled={fields.length >= FORM_LIMITS.columns}
            onClick={() => {
              const rows = (form.getFieldValue(at) ?? []) as (ColumnRow | undefined)[];
              add(newColumn(rows.map((c) => c?.key)));
            }}
          >
            {t('forms.addColumn')}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
