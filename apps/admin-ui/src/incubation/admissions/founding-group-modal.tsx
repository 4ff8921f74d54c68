import { Card, Col, Divider, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionView, CohortView, SubmitAdmissionDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { CountySelect } from '../../divisions/county-select';
import { StreetSelect } from '../../divisions/street-select';
import { AnswerFields, schemaOf } from '../../forms';
import { useEnumOptions } from '../../organizations/enum-options';
import { useRequired } from '../../common/use-required';
import { useBases, useSubmitAdmission } from '../queries';
import {
  ADMISSION_MAPPING,
  admissionProblems,
  foundingGroupAdmission,
  type FoundingGroupValues,
} from './admission-values';
import { PlanFields } from './plan-fields';

/**
 * Staff enter a founding group's (筹备团队) paper application while the window is open (R16):
 * the group, its founders, category and place (R1), a rural founder's background (R8), its plan.
 * The API screens it at once. The cohort's added questions (issue #17) are answered too.
 */
export function FoundingGroupModal({
  cohort,
  onClose,
}: {
  cohort: CohortView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const bases = useBases();
  const categories = useEnumOptions('category');
  const areas = useEnumOptions('areaType');
  const backgrounds = useEnumOptions('founderBackground');
  const submit = useSubmitAdmission();
  if (bases.isPending) return null; // the base's county is where most groups are
  const base = bases.data?.items.find((b) => b.id === cohort.baseId);
  return (
    <FormModal<FoundingGroupValues, SubmitAdmissionDto, AdmissionView>
      name="foundingGroup"
      width={760}
      title={t('incubation.foundingGroup.title', { cohort: cohort.name })}
      okText={t('incubation.foundingGroup.submit')}
      mutation={submit}
      toBody={(values) => foundingGroupAdmission(cohort.id, values)}
      mapping={ADMISSION_MAPPING}
      problemsOf={admissionProblems}
      done={(admission) => t('incubation.foundingGroup.entered', { name: admission.name })}
      onClose={onClose}
      initialValues={{ areaType: 'URBAN', countyCode: base?.countyCode, servedGroups: [] }}
    >
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="groupName" label={t('incubation.foundingGroup.name')} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="founders"
            label={t('incubation.foundingGroup.founders')}
            rules={required}
          >
            <InputNumber min={1} precision={0} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={t('organizations.fields.category')} rules={required}>
            <Select options={categories} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="areaType" label={t('organizations.fields.areaType')} rules={required}>
            <Radio.Group options={areas} optionType="button" />
          </Form.Item>
        </Col>
        <StreetFields />
        <Col xs={24} md={12}>
          <Form.Item name="founderBackground" label={t('organizations.fields.founderBackground')}>
            <Select allowClear options={backgrounds} />
          </Form.Item>
        </Col>
      </Row>
      <Divider />
      <PlanFields />
      {cohort.form && (
        <Card size="small" title={t('forms.title')} data-testid="admission-questions">
          <AnswerFields schema={schemaOf(cohort.form)} />
        </Card>
      )}
    </FormModal>
  );
}

/** County, then its street or township: where the group works (R1). */
function StreetFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance<FoundingGroupValues>();
  const countyCode = Form.useWatch('countyCode', form);
  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item name="countyCode" label={t('divisions.county')} rules={required}>
          <CountySelect onChange={() => form.setFieldValue('streetCode', undefined)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="streetCode" label={t('divisions.street')} rules={required}>
          <StreetSelect countyCode={countyCode} />
        </Form.Item>
      </Col>
    </>
  );
}
