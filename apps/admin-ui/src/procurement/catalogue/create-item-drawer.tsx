import {
  Alert,
  App,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  Drawer,
  Form,
  Input,
  Row,
  Select,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { RefusalAlert } from '../../common/refusal-alert';
import { refusalCode } from '../../common/refusal';
import { useRequired } from '../../common/use-required';
import { yearOptions } from '../../finance/funds/years';
import { useCreateCatalogueItem } from '../catalogue-queries';
import { useOfficerRegions } from '../use-region-options';
import {
  CATALOGUE_MAPPING,
  type CatalogueFormValues,
  levelAfterRules,
  optionalYuanRules,
  toCatalogueDto,
  UNIT_SUGGESTIONS,
} from './catalogue-values';

/**
 * Enters an item of a region's catalogue for a fiscal year (R24): its category levels (one to
 * three, the broadest first), name, description, unit, an optional reference price in yuan (sent
 * as fen, R26) and whether it is stable (Order 102 art. 24). The API checks it against the
 * negative list (R25, art. 10): a refusal names the clause above the form and on the field.
 */
export function CreateItemDrawer(props: {
  initial: Pick<CatalogueFormValues, 'regionCode' | 'fiscalYear'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CatalogueFormValues>();
  const create = useCreateCatalogueItem();
  const required = useRequired();
  const text = [{ required: true, whitespace: true, message: t('form.required') }];
  const regions = useOfficerRegions();
  const [refusal, setRefusal] = useState<Error | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (values: CatalogueFormValues) => {
    setRefusal(null);
    setProblems([]);
    create.mutate(toCatalogueDto(values), {
      onSuccess: (item) => {
        void message.success(t('procurement.catalogue.created', { name: item.name }));
        props.onClose();
      },
      onError: (error) => {
        const unmatched = formProblems(form, error, CATALOGUE_MAPPING);
        // The negative list (R25): the clause is named above the form, whichever field it hit.
        if (refusalCode(error) === 'RULE_R25') setRefusal(error);
        else setProblems(unmatched);
      },
    });
  };

  return (
    <Drawer
      open
      size={640}
      title={t('procurement.catalogue.create')}
      onClose={props.onClose}
      destroyOnHidden
      data-testid="catalogue-drawer"
      extra={
        <Button
          type="primary"
          data-testid="catalogue-ok"
          loading={create.isPending}
          onClick={() => form.submit()}
        >
          {t('procurement.catalogue.submit')}
        </Button>
      }
    >
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title={t('procurement.catalogue.negativeListNote')}
      />
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.catalogue.refused')}
          errorsKey="procurement.errors"
        />
      )}
      <ProblemsAlert problems={problems} />
      <Form<CatalogueFormValues>
        form={form}
        name="catalogue"
        layout="vertical"
        initialValues={{ ...props.initial, stable: false }}
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="regionCode" label={t('procurement.fields.region')} rules={required}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={regions.options}
                loading={regions.loading}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="fiscalYear" label={t('finance.funds.fiscalYear')} rules={required}>
              <Select options={yearOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="category1" label={t('procurement.fields.category1')} rules={text}>
              <Input maxLength={50} placeholder={t('procurement.catalogue.category1Example')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="category2"
              label={t('procurement.fields.category2')}
              dependencies={['category1']}
              rules={[levelAfterRules(t, 'category1')]}
            >
              <Input maxLength={50} placeholder={t('procurement.catalogue.category2Example')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="category3"
              label={t('procurement.fields.category3')}
              dependencies={['category2']}
              rules={[levelAfterRules(t, 'category2')]}
            >
              <Input maxLength={50} placeholder={t('procurement.catalogue.category3Example')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="name" label={t('procurement.fields.name')} rules={text}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('procurement.fields.description')} rules={text}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="unit" label={t('procurement.fields.unit')} rules={text}>
              <AutoComplete options={UNIT_SUGGESTIONS.map((unit) => ({ value: unit }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="referencePriceYuan"
              label={t('procurement.fields.referencePrice')}
              extra={t('procurement.catalogue.priceHelp')}
              rules={optionalYuanRules(t)}
            >
              <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="stable"
          valuePropName="checked"
          extra={t('procurement.catalogue.stableHelp')}
        >
          <Checkbox>{t('procurement.fields.stable')}</Checkbox>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
