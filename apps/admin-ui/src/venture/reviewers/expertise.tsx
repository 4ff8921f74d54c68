import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { expertiseLabel, KNOWN_EXPERTISE } from './expertise-labels';

/** A reviewer's or an expert's fields (R18), a tag each, labelled. */
export function ExpertiseTags({ fields }: { fields: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((field) => (
        <Tag key={field} data-testid="expertise" data-code={field}>
          {expertiseLabel(field, t)}
        </Tag>
      ))}
    </>
  );
}

/** The known fields as options of the tags input: a chosen code shows as its label. */
export function useExpertiseOptions() {
  const { t } = useTranslation();
  return KNOWN_EXPERTISE.map((code) => ({ value: code, label: expertiseLabel(code, t) }));
}
