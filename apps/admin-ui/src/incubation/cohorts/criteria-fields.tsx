import { Col, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GraduationCriterionKind } from '../../api/types';
import { FormListRows } from '../../common/form-list-rows';
import { useEnumOptions } from '../../organizations/enum-options';
import { useRequired } from '../../common/use-required';
import { AMOUNT_FIELD } from '../criteria';

const C = (index: number, field: string) => ['graduationCriteria', index, field];

/**
 * The graduation criteria (出壳标准, R16), one a line: a kind, then the number it needs or, for
 * one staff confirm by hand, what they confirm.
 */
export function CriteriaFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const kinds = useEnumOptions('criterionKind');
  const form = Form.useFormInstance();
  return (
    <FormListRows
      name="graduationCriteria"
      rowTestId="criterion-row"
      addLabel={t('incubation.criteria.add')}
      removeLabel={t('incubation.criteria.remove')}
      addTestId="add-criterion"
    >
      {(field) => (
        <>
          <Col xs={24} md={9}>
            <Form.Item
              name={[field.name, 'kind']}
              label={t('incubation.criteria.kind')}
              rules={required}
            >
              <Select options={kinds} />
            </Form.Item>
          </Col>
          <Col xs={18} md={12}>
            <Form.Item noStyle dependencies={[C(field.name, 'kind')]}>
              {() => {
                const kind: GraduationCriterionKind = form.getFieldValue(C(field.name, 'kind'));
                const amount = AMOUNT_FIELD[kind];
                if (amount) {
                  return (
                    <Form.Item
                      name={[field.name, amount]}
                      label={t(`incubation.criteria.${amount}`)}
                      rules={required}
                    >
                      <InputNumber min={1} max={500} precision={0} className="full-width" />
                    </Form.Item>
                  );
                }
                return kind === 'MANUAL' ? (
                  <Form.Item
                    name={[field.name, 'label']}
                    label={t('incubation.criteria.label')}
                    rules={[...required, { whitespace: true, message: t('form.required') }]}
                  >
                    <Input maxLength={100} />
                  </Form.Item>
                ) : null;
              }}
            </Form.Item>
          </Col>
        </>
      )}
    </FormListRows>
  );
}
