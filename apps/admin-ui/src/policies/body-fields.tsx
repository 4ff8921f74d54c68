import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../common/use-required';
import { fieldName, fieldsOf, isNumericKind } from './policy-fields';
import type { PolicyBody, PolicyKind } from './policy-types';
import { parsesAsObject } from './policy-values';
import { usePolicyLabels } from './use-policy-labels';

/**
 * The body of a new version: its version name, then a number input per field of a numeric kind
 * (no bounds of its own: the API checks each against its kind and names the field it refuses;
 * the purchase policy's words are kept as they are), or the tranches, the banned-use keywords,
 * the holiday notices and the negative list as JSON.
 */
export function BodyFields({ kind, base }: { kind: PolicyKind; base: PolicyBody }) {
  const { t } = useTranslation();
  const required = useRequired();
  const { fieldLabel } = usePolicyLabels();
  return (
    <>
      <Form.Item
        name={['body', 'version']}
        label={fieldLabel(kind, 'version')}
        extra={t('policies.propose.versionHelp')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
      {isNumericKind(kind) ? (
        <Row gutter={16}>
          {fieldsOf(kind, base).map((spec) => (
            <Col key={spec.path} xs={24} md={12}>
              <Form.Item
                name={fieldName(spec.path)}
                label={fieldLabel(kind, spec.path, base)}
                rules={required}
              >
                <InputNumber
                  className="full-width"
                  suffix={spec.unit ? t(`policies.unitSuffix.${spec.unit}`) : undefined}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      ) : (
        <Form.Item
          name="bodyJson"
          label={t('policies.propose.json')}
          extra={t(`policies.propose.jsonHelp.${kind}`)}
          rules={[
            ...required,
            {
              validator: (_, text?: string) =>
                !text || parsesAsObject(text)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('policies.propose.badJson'))),
            },
          ]}
        >
          <Input.TextArea rows={14} className="policy-json" spellCheck={false} />
        </Form.Item>
      )}
    </>
  );
}
