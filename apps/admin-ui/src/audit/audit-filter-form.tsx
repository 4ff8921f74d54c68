import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { applyViolations } from '../common/form-violations';
import { type AuditFilterValues, toAuditFilters } from './audit-filter-values';
import { useAuditLabels } from './audit-labels';
import type { AuditFilters } from './audit-types';

const EMPTY: AuditFilterValues = {
  entityType: undefined,
  entityId: undefined,
  actor: undefined,
  action: undefined,
  days: null,
};

/** The filters as the form shows them again (from the address, after a reload). */
function valuesOf(filters: AuditFilters): AuditFilterValues {
  const { from, to, ...texts } = filters;
  return {
    ...texts,
    days: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null,
  };
}

/**
 * Search by subject (its type and id), actor (username or user id), action (exactly, or by its
 * beginning ending in *) and days in Beijing time (R31). A filter the API refuses shows on its
 * field, with the API's words.
 */
export function AuditFilterForm(props: {
  filters: AuditFilters;
  onSearch: (filters: AuditFilters) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [form] = Form.useForm<AuditFilterValues>();
  const { error } = props;

  useEffect(() => {
    if (error instanceof ApiError && error.status === 400) {
      applyViolations(form, error.violations, { aliases: { from: 'days', to: 'days' } });
    }
  }, [error, form]);

  const search = (values: AuditFilterValues) => props.onSearch(toAuditFilters(values));
  const filterOption = (input: string, option?: { value: string; label: string }) =>
    !!option && option.label.toLowerCase().includes(input.trim().toLowerCase());

  return (
    <Form
      form={form}
      name="audit-filters"
      layout="vertical"
      initialValues={valuesOf(props.filters)}
      onFinish={search}
      className="audit-filters"
    >
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="entityType" label={t('audit.filters.entityType')}>
            <AutoComplete
              allowClear
              options={labels.entityTypeOptions()}
              filterOption={filterOption}
              placeholder={t('audit.filters.entityTypeHint')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="entityId" label={t('audit.filters.entityId')}>
            <Input allowClear maxLength={128} placeholder={t('audit.filters.entityIdHint')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="actor" label={t('audit.filters.actor')}>
            <Input allowClear maxLength={128} placeholder={t('audit.filters.actorHint')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="action" label={t('audit.filters.action')}>
            <AutoComplete
              allowClear
              options={labels.actionOptions()}
              filterOption={filterOption}
              placeholder={t('audit.filters.actionHint')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item
            name="days"
            label={t('audit.filters.days')}
            extra={t('audit.filters.daysHint')}
          >
            <DatePicker.RangePicker allowEmpty={[true, true]} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={16} className="audit-filter-actions">
          <Space wrap>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SearchOutlined />}
              data-testid="audit-search"
            >
              {t('audit.filters.search')}
            </Button>
            <Button
              data-testid="audit-reset"
              onClick={() => {
                form.setFieldsValue(EMPTY);
                props.onSearch({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
