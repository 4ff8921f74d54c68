import { Alert, App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblems } from '../../common/form-violations';
import { MoreRowsAlert } from '../../common/more-rows';
import { RefusalAlert } from '../../common/refusal-alert';
import { useRequired } from '../../common/use-required';
import { useOfficerRegions } from '../use-region-options';
import { APPLY_MAPPING, type ApplyFormValues, toApplyDto } from './apply-values';
import { useApplyToDirectory, useCatalogueCategories } from './undertaker-queries';

/**
 * The organization applies to be listed in the directory of undertakers (R24; Order 102 art. 6–8):
 * the regions it serves (division codes of the province, its cities or counties), the service
 * categories (first-level categories of the catalogue) and a contact. Its name and credit code
 * come from its registration. The API decides; its refusal is explained above the form and on
 * the fields it names.
 */
export function ApplyForm(props: { organizationName?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyFormValues>();
  const apply = useApplyToDirectory();
  const required = useRequired();
  const text = [{ required: true, whitespace: true, message: t('form.required') }];
  const regions = useOfficerRegions();
  const categories = useCatalogueCategories();
  const [refusal, setRefusal] = useState<Error | null>(null);

  const submit = (values: ApplyFormValues) => {
    setRefusal(null);
    apply.mutate(toApplyDto(values), {
      onSuccess: () => {
        void message.success(t('procurement.undertaker.listing.applied'));
        props.onClose();
      },
      onError: (error) => {
        formProblems(form, error, APPLY_MAPPING);
        setRefusal(error);
      },
    });
  };

  return (
    <Card
      size="small"
      title={t('procurement.undertaker.listing.applyTitle')}
      data-testid="apply-form"
    >
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title={t('procurement.undertaker.listing.asOrganization', {
          name: props.organizationName ?? '',
        })}
      />
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.undertaker.listing.refused')}
          errorsKey="procurement.undertaker.errors"
        />
      )}
      <MoreRowsAlert
        list={categories.list}
        message={(counts) => t('procurement.undertaker.listing.categoriesFromFirst', counts)}
      />
      <Form<ApplyFormValues> form={form} name="listing" layout="vertical" onFinish={submit}>
        <Form.Item
          name="serviceAreas"
          label={t('procurement.public.directory.areas')}
          extra={t('procurement.undertaker.listing.areasHelp')}
          rules={required}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={regions.options}
            loading={regions.loading}
            placeholder={t('procurement.undertaker.listing.areasPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="serviceCategories"
          label={t('procurement.public.directory.categories')}
          extra={t('procurement.undertaker.listing.categoriesHelp')}
          rules={required}
        >
          <Select
            mode="multiple"
            options={categories.categories.map((c) => ({ value: c, label: c }))}
            loading={categories.loading}
          />
        </Form.Item>
        <Form.Item name="contactName" label={t('organizations.fields.contactName')} rules={text}>
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('organizations.fields.contactPhone')}
          extra={t('bank.phoneHelp')}
          rules={text}
        >
          <Input inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Space wrap>
          <Button
            type="primary"
            htmlType="submit"
            loading={apply.isPending}
            data-testid="apply-submit"
          >
            {t('procurement.undertaker.listing.submit')}
          </Button>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
