import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../common/use-required';
import { useExpertiseOptions } from './expertise';

/** A reviewer's name and fields of expertise, as both the add and the edit form take them (R18). */
export function ReviewerEntryFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const expertise = useExpertiseOptions();
  return (
    <>
      <Form.Item name="name" label={t('venture.reviewers.name')} rules={required}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="fields"
        label={t('venture.reviewers.fields')}
        extra={t('venture.reviewers.fieldsHint')}
      >
        <Select
          mode="tags"
          open={false}
          tokenSeparators={[',', '，', ' ']}
          options={expertise /* a known code shows as its label (issue #18) */}
        />
      </Form.Item>
    </>
  );
}
