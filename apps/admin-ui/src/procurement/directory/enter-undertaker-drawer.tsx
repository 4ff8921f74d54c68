import { Alert, App, Button, Col, Drawer, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { refusalCode } from '../../common/refusal';
import { RefusalAlert } from '../../common/refusal-alert';
import { useRequired } from '../../common/use-required';
import { useOfficerRegions } from '../use-region-options';
import { useFirstLevelCategories } from './category-options';
import { useEnterUndertaker } from './directory-queries';
import { useDirectoryOptions } from './directory-tags';
import {
  identifiedByResidentId,
  toUndertakerDto,
  UNDERTAKER_MAPPING,
  type UndertakerFormValues,
} from './undertaker-values';

/**
 * Enters an undertaker on its behalf (R24): a company, a category-2 public institution, a rural
 * collective, a grassroots self-governing body, a qualified individual (Order 102 art. 6), its
 * credit code (R29) or, for an individual, the resident ID number (sealed, R30), the regions it
 * serves, the catalogue's categories it serves in and a contact. The entry is pending until an
 * officer decides. A refusal (a category-1 public institution, Order 102 art. 8; a credit code of
 * another authority) is named above the form and on its field.
 */
export function EnterUndertakerDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UndertakerFormValues>();
  const enter = useEnterUndertaker();
  const required = useRequired();
  const textRule = [{ required: true, whitespace: true, message: t('form.required') }];
  const regions = useOfficerRegions();
  const categories = useFirstLevelCategories();
  const options = useDirectoryOptions();
  const kind = Form.useWatch('kind', form);
  const [refusal, setRefusal] = useState<Error | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (values: UndertakerFormValues) => {
    setRefusal(null);
    setProblems([]);
    enter.mutate(toUndertakerDto(values), {
      onSuccess: (entry) => {
        void message.success(t('procurement.directory.entered', { name: entry.name }));
        onClose();
      },
      onError: (error) => {
        const unmatched = formProblems(form, error, UNDERTAKER_MAPPING);
        // A rule's refusal (art. 8, R29, R24) is named above the form, whichever field it hit.
        if (refusalCode(error)?.startsWith('RULE_')) setRefusal(error);
        else setProblems(unmatched);
      },
    });
  };

  return (
    <Drawer
      open
      size={720}
      title={t('procurement.directory.enter')}
      onClose={onClose}
      destroyOnHidden
      data-testid="undertaker-drawer"
      extra={
        <Button
          type="primary"
          data-testid="undertaker-ok"
          loading={enter.isPending}
          onClick={() => form.submit()}
        >
          {t('procurement.directory.enterSubmit')}
        </Button>
      }
    >
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title={t('procurement.directory.whoNote')}
      />
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.directory.refused')}
          errorsKey="procurement.directory.errors"
        />
      )}
      <ProblemsAlert problems={problems} />
      <Form<UndertakerFormValues>
        form={form}
        name="undertaker"
        layout="vertical"
        initialValues={{ kind: 'COMPANY', serviceAreas: [], serviceCategories: [] }}
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="kind" label={t('procurement.directory.kind')} rules={required}>
              <Select options={options.kinds} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="name" label={t('procurement.directory.name')} rules={textRule}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        {identifiedByResidentId(kind) ? (
          <Form.Item
            name="residentId"
            label={t('procurement.directory.residentId')}
            extra={t('procurement.directory.residentIdHelp')}
            rules={textRule}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
        ) : (
          <Form.Item
            name="creditCode"
            label={t('procurement.directory.creditCode')}
            extra={t('procurement.directory.creditCodeHelp')}
            rules={textRule}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="serviceAreas"
          label={t('procurement.directory.serviceAreas')}
          extra={t('procurement.directory.serviceAreasHelp')}
          rules={required}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={regions.options}
            loading={regions.loading}
          />
        </Form.Item>
        <Form.Item
          name="serviceCategories"
          label={t('procurement.directory.serviceCategories')}
          extra={t('procurement.directory.serviceCategoriesHelp')}
          rules={required}
        >
          <Select
            mode="tags"
            tokenSeparators={[',', '，']}
            options={categories.options}
            loading={categories.loading}
            popupRender={categories.popupRender}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="contactName"
              label={t('procurement.directory.contactName')}
              rules={textRule}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="contactPhone"
              label={t('procurement.directory.contactPhone')}
              rules={textRule}
            >
              <Input maxLength={20} inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
