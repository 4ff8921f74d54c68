import { Divider } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortView, CreateCohortDto } from '../../api/types';
import { useCurrentUser } from '../../auth/use-current-user';
import { FormModal } from '../../common/form-modal';
import { useCreateCohort } from '../queries';
import { CohortBasicsFields } from './cohort-basics-fields';
import {
  COHORT_MAPPING,
  type CohortFormValues,
  initialCohortValues,
  toCohortDto,
} from './cohort-form-values';
import { CriteriaFields } from './criteria-fields';
import { SupportFields } from './support-fields';

/**
 * Staff open a cohort of their base (R16): capacity, application window, term, rural reserve
 * (R14), the support package each admitted organization gets (R15) and the graduation criteria.
 */
export function CreateCohortModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [initialValues] = useState(() => initialCohortValues(user.baseId));
  return (
    <FormModal<CohortFormValues, CreateCohortDto, CohortView>
      name="cohort"
      width={860}
      title={t('incubation.cohorts.create')}
      okText={t('incubation.cohorts.create')}
      mutation={useCreateCohort()}
      toBody={toCohortDto}
      mapping={COHORT_MAPPING}
      done={(cohort) => t('incubation.cohorts.created', { name: cohort.name })}
      onClose={onClose}
      initialValues={initialValues}
    >
      <CohortBasicsFields />
      <Divider titlePlacement="start">{t('incubation.support.title')}</Divider>
      <SupportFields />
      <Divider titlePlacement="start">{t('incubation.criteria.title')}</Divider>
      <CriteriaFields />
    </FormModal>
  );
}
