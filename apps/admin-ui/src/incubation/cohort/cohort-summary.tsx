import { Card, Col, Descriptions, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CohortView } from '../../api/types';
import { useYuan } from '../../common/use-yuan';
import { CriteriaList } from '../criteria-list';
import { SupportList } from '../support-list';
import { DeadlineTag, PhaseTag } from '../tags';

/** A cohort's terms (R14–R16) and where it stands: counts, in-kind value, answer deadline. */
export function CohortSummary({ cohort }: { cohort: CohortView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const { counts } = cohort;
  const categories = cohort.eligibleCategories?.map((c) => t(`enums.category.${c}`));
  const figure = (key: string, value: number | string) => (
    <Col xs={12} md={8} xl={4}>
      <Statistic title={t(`incubation.counts.${key}`)} value={value} />
    </Col>
  );
  return (
    <Card
      data-testid="cohort-summary"
      title={
        <>
          {cohort.name} <PhaseTag phase={cohort.phase} />
        </>
      }
      extra={<Link to="/incubation/cohorts">{t('incubation.cohorts.back')}</Link>}
    >
      <Row gutter={[16, 8]} className="ranking-summary">
        {figure('capacity', cohort.capacity)}
        {figure('applications', counts.applications)}
        {figure('admitted', counts.admitted)}
        {figure('waitlisted', counts.waitlisted)}
        {figure('rejected', counts.rejected)}
        {figure('inKind', yuan(counts.inKindFen))}
      </Row>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        items={[
          { key: 'base', label: t('incubation.fields.base'), children: cohort.baseName },
          {
            key: 'window',
            label: t('incubation.fields.window'),
            children: t('incubation.range', {
              from: cohort.windowOpensOn,
              to: cohort.windowClosesOn,
            }),
          },
          {
            key: 'term',
            label: t('incubation.fields.term'),
            children: t('incubation.cohort.term', {
              from: cohort.startsOn,
              to: cohort.endsOn,
              months: cohort.termMonths,
            }),
          },
          {
            key: 'reserve',
            label: t('incubation.fields.ruralReserve'),
            children: `${cohort.ruralReservePercent}%`,
          },
          {
            key: 'answers',
            label: t('incubation.fields.answers'),
            children: <DeadlineTag deadline={cohort.answers} testId="answers-deadline" />,
          },
          {
            key: 'categories',
            label: t('incubation.fields.eligibleCategories'),
            children: categories?.join(t('common.listSeparator')) ?? t('incubation.cohort.any'),
          },
          {
            key: 'support',
            label: t('incubation.support.title'),
            children: <SupportList support={cohort.support} />,
          },
          {
            key: 'criteria',
            label: t('incubation.criteria.title'),
            children: <CriteriaList criteria={cohort.graduationCriteria} />,
          },
        ]}
      />
    </Card>
  );
}
