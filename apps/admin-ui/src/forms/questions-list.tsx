import type { FormLanguage, Question } from '@civic/domain/forms';
import { formatYuan } from '@civic/domain/money';
import { Card, Descriptions, type DescriptionsProps, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formLanguage, labelIn } from './answer-values';

/**
 * The questions of a form, read-only (a frozen form: applications exist, R17): each with its
 * kind, whether it must be answered, both languages' wording and what its kind holds.
 */
export function QuestionsList({ questions }: { questions: readonly Question[] }) {
  const { t, i18n } = useTranslation();
  const lang = formLanguage(i18n.language);
  return (
    <Space orientation="vertical" size="small" className="full-width">
      {questions.map((q, index) => (
        <Card
          key={q.key}
          size="small"
          data-testid="frozen-question"
          title={
            <Typography.Text ellipsis>
              {index + 1}. {labelIn(q.label, lang, q.key)}
            </Typography.Text>
          }
          extra={
            <Space size={4}>
              <Tag>{t(`forms.kinds.${q.kind}`)}</Tag>
              {q.required && <Tag color="red">{t('forms.required')}</Tag>}
            </Space>
          }
        >
          <Descriptions size="small" column={1} items={details(q, lang, t)} />
        </Card>
      ))}
    </Space>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function details(q: Question, lang: FormLanguage, t: T): DescriptionsProps['items'] {
  const other: FormLanguage = lang === 'en' ? 'zh' : 'en';
  const items: DescriptionsProps['items'] = [
    { key: 'key', label: t('forms.key'), children: q.key },
    {
      key: 'label',
      label: t(other === 'en' ? 'forms.labelEn' : 'forms.labelZh'),
      children: q.label[other],
    },
  ];
  if (q.help && (q.help.zh || q.help.en)) {
    items.push({ key: 'help', label: t('forms.help'), children: labelIn(q.help, lang) });
  }
  if (q.kind === 'CHOICE') {
    items.push({
      key: 'options',
      label: t('forms.options'),
      children: (q.options ?? [])
        .map((o) => t('common.withNote', { text: labelIn(o.label, lang, o.value), note: o.value }))
        .join(t('common.listSeparator')),
    });
  }
  if (q.kind === 'TABLE') {
    items.push({
      key: 'columns',
      label: t('forms.columns'),
      children: (q.columns ?? [])
        .map((c) =>
          t('common.withNote', {
            text: labelIn(c.label, lang, c.key),
            note: t(`forms.kinds.${c.kind}`),
          }),
        )
        .join(t('common.listSeparator')),
    });
  }
  if (q.kind === 'TEXT' && q.maxLength !== undefined) {
    items.push({ key: 'maxLength', label: t('forms.maxLength'), children: q.maxLength });
  }
  const shown = (n: number) =>
    q.kind === 'YUAN' ? t('common.yuan', { amount: formatYuan(n) }) : n;
  if (q.min !== undefined)
    items.push({ key: 'min', label: t('forms.min'), children: shown(q.min) });
  if (q.max !== undefined)
    items.push({ key: 'max', label: t('forms.max'), children: shown(q.max) });
  return items;
}
