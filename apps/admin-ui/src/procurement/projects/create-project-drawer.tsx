import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { refusalCode } from '../../common/refusal';
import { RefusalAlert } from '../../common/refusal-alert';
import { useRequired } from '../../common/use-required';
import { yuanRules } from '../../common/yuan-input';
import { yearOptions } from '../../finance/funds/years';
import { useOfficerRegions } from '../use-region-options';
import { CatalogueItemSelect } from './catalogue-item-select';
import { CriteriaFields } from './criteria-fields';
import { useCreateProject } from './project-queries';
import { PURCHASE_METHODS } from './project-types';
import {
  initialProjectValues,
  mayNeedJustification,
  PROJECT_MAPPING,
  type ProjectFormValues,
  regionWithin,
  toProjectDto,
} from './project-values';

/**
 * Drafts a purchase project (R25): the catalogue item bought (Order 102 art. 14), the buyer's
 * region (the item's or within it), the fiscal year, a title and description, the budget in yuan
 * (sent as fen, R26), the purchase method with why its conditions are met where the policy asks,
 * the contract term (art. 24: a year, up to three for a stable item whose budget is secured), an
 * R12 reservation for community social organizations and the criteria announced up front (their
 * weights adding up to 100). A refusal (no budget, over it, the method, the term, the criteria)
 * is named above the form and on its field; the project then opens on its own page.
 */
export function CreateProjectDrawer(props: { fiscalYear: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProjectFormValues>();
  const create = useCreateProject();
  const required = useRequired();
  const textRule = [{ required: true, whitespace: true, message: t('form.required') }];
  const regions = useOfficerRegions();
  const fiscalYear = Form.useWatch('fiscalYear', form);
  const method = Form.useWatch('method', form);
  const [refusal, setRefusal] = useState<Error | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (values: ProjectFormValues) => {
    setRefusal(null);
    setProblems([]);
    create.mutate(toProjectDto(values), {
      onSuccess: (project) => {
        void message.success(t('procurement.projects.created', { title: project.title }));
        props.onClose();
        void navigate(`/procurement/projects/${project.id}`);
      },
      onError: (error) => {
        const unmatched = formProblems(form, error, PROJECT_MAPPING);
        // A rule's refusal (art. 14, art. 24, the method, the criteria) is named above the form too.
        if (refusalCode(error)?.startsWith('RULE_')) setRefusal(error);
        else setProblems(unmatched);
      },
    });
  };

  return (
    <Drawer
      open
      size={1000}
      title={t('procurement.projects.create')}
      onClose={props.onClose}
      destroyOnHidden
      data-testid="project-drawer"
      extra={
        <Button
          type="primary"
          data-testid="project-ok"
          loading={create.isPending}
          onClick={() => form.submit()}
        >
          {t('procurement.projects.createSubmit')}
        </Button>
      }
    >
      <Alert type="info" showIcon className="form-alert" title={t('procurement.projects.note')} />
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.projects.refused')}
          errorsKey="procurement.projects.errors"
        />
      )}
      <ProblemsAlert problems={problems} />
      <Form<ProjectFormValues>
        form={form}
        name="project"
        layout="vertical"
        initialValues={initialProjectValues(props.fiscalYear)}
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="fiscalYear" label={t('finance.funds.fiscalYear')} rules={required}>
              <Select
                options={yearOptions(t)}
                onChange={() => form.setFieldValue('catalogueItemId', undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item
              name="catalogueItemId"
              label={t('procurement.projects.catalogueItem')}
              rules={required}
            >
              <CatalogueItemSelect
                fiscalYear={fiscalYear}
                regionName={regions.nameOf}
                onItem={(item) => {
                  const region: string | undefined = form.getFieldValue('regionCode');
                  if (item && !(region && regionWithin(region, item.regionCode))) {
                    form.setFieldValue('regionCode', item.regionCode);
                  }
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="regionCode"
              label={t('procurement.projects.region')}
              extra={t('procurement.projects.regionHelp')}
              rules={required}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={regions.options}
                loading={regions.loading}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="title" label={t('procurement.projects.projectTitle')} rules={textRule}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="description"
          label={t('procurement.projects.description')}
          rules={textRule}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="budgetYuan"
              label={t('procurement.projects.budget')}
              extra={t('procurement.projects.budgetHelp')}
              rules={yuanRules(t)}
            >
              <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="method" label={t('procurement.projects.method')} rules={required}>
              <Select
                options={PURCHASE_METHODS.map((m) => ({
                  value: m,
                  label: t(`procurement.projects.methods.${m}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contractMonths"
              label={t('procurement.projects.contractMonths')}
              extra={t('procurement.projects.contractMonthsHelp')}
              rules={required}
            >
              <InputNumber
                min={1}
                max={60}
                precision={0}
                className="full-width"
                suffix={t('procurement.projects.monthsUnit')}
              />
            </Form.Item>
          </Col>
        </Row>
        {mayNeedJustification(method) && (
          <Form.Item
            name="methodJustification"
            label={t('procurement.projects.methodJustification')}
            extra={t('procurement.projects.methodJustificationHelp')}
          >
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="budgetSecured"
              valuePropName="checked"
              extra={t('procurement.projects.budgetSecuredHelp')}
            >
              <Checkbox>{t('procurement.projects.budgetSecured')}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="reservedForSocialOrganizations"
              valuePropName="checked"
              extra={t('procurement.projects.reservedHelp')}
            >
              <Checkbox>{t('procurement.projects.reserved')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('procurement.projects.criteria')}</Divider>
        <CriteriaFields />
      </Form>
    </Drawer>
  );
}
