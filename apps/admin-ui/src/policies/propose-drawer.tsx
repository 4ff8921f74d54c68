import { Alert, App, Button, Col, DatePicker, Drawer, Form, Grid, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRefusal } from '../common/form-refusal';
import { formProblems } from '../common/form-violations';
import { ApiError } from '../api/errors';
import { useRequired } from '../common/use-required';
import { BodyFields } from './body-fields';
import { useProposePolicy } from './policy-queries';
import { POLICY_KINDS, type PolicyKind, type PolicyView } from './policy-types';
import {
  beijingToday,
  bodyFormValues,
  initialProposeValues,
  proposeMapping,
  type ProposeFormValues,
  toProposeDto,
} from './policy-values';
import { RegionSelect } from './region-select';
import { usePolicyLabels } from './use-policy-labels';

/**
 * 提出新版本 (issue #17): an administrator proposes a new version of a kind for a region from a
 * day, with a reason; the body starts as the version in force, edited field by field (the
 * tranches and keywords as JSON). The API checks it against its kind: what it refuses shows on
 * its field (a 101 % reserve on the reserve), a day in the past on the day. A second
 * administrator approves it (R28).
 */
export function ProposeDrawer(props: {
  kind: PolicyKind;
  regionCode: string;
  inForce: readonly PolicyView[];
  onClose: () => void;
}) {
  const { inForce, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const required = useRequired();
  const { kindName } = usePolicyLabels();
  const [form] = Form.useForm<ProposeFormValues>();
  const propose = useProposePolicy();
  const [unmatched, setUnmatched] = useState<string[] | null>(null);
  const kind: PolicyKind = Form.useWatch('kind', form) ?? props.kind;
  const base = inForce.find((doc) => doc.kind === kind);
  const today = beijingToday();

  const submit = (values: ProposeFormValues) => {
    setUnmatched(null);
    propose.mutate(toProposeDto(values, base?.body ?? {}), {
      onSuccess: (doc) => {
        void message.success(
          t('policies.propose.done', { kind: kindName(doc.kind), version: doc.version }),
        );
        onClose();
      },
      onError: (error) => {
        const violations = error instanceof ApiError ? error.violations : [];
        setUnmatched(formProblems(form, error, proposeMapping(values.kind, violations)));
      },
    });
  };

  return (
    <Drawer
      open
      size={phone ? '100%' : 720}
      title={t('policies.propose.title')}
      onClose={onClose}
      destroyOnHidden
      data-testid="propose-drawer"
      footer={
        <Button
          type="primary"
          block
          data-testid="propose-ok"
          loading={propose.isPending}
          onClick={() => form.submit()}
        >
          {t('policies.propose.submit')}
        </Button>
      }
    >
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title={
          base
            ? t('policies.propose.startsFrom', {
                version: base.version,
                date: base.effectiveFrom,
              })
            : t('policies.propose.fourEyes')
        }
        description={base ? t('policies.propose.fourEyes') : undefined}
      />
      {propose.error && (
        <FormRefusal
          error={propose.error}
          unmatched={unmatched}
          title={t('policies.propose.refused')}
          fixFields={t('policies.propose.fixFields')}
          errorsKey="policies.errors"
          testId="propose-refused"
        />
      )}
      <Form<ProposeFormValues>
        form={form}
        name="policy"
        layout="vertical"
        initialValues={initialProposeValues(props.kind, props.regionCode, base?.body ?? {}, today)}
        onValuesChange={(changed: Partial<ProposeFormValues>) => {
          // Another kind: its body starts again from the version in force.
          if (changed.kind) {
            const next = inForce.find((doc) => doc.kind === changed.kind);
            form.setFieldsValue(bodyFormValues(changed.kind, next?.body ?? {}));
          }
        }}
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('policies.kind')} rules={required}>
              <Select options={POLICY_KINDS.map((value) => ({ value, label: kindName(value) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label={t('policies.region')}
              extra={t('policies.propose.regionHelp')}
              rules={required}
            >
              <RegionSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="effectiveFrom"
              label={t('policies.effectiveDate')}
              extra={t('policies.propose.dateHelp')}
              rules={required}
            >
              <DatePicker
                className="full-width"
                allowClear={false}
                disabledDate={(day) => day.isBefore(dayjs(today), 'day')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="reason"
          label={t('policies.reason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <BodyFields kind={kind} base={base?.body ?? {}} />
      </Form>
    </Drawer>
  );
}
