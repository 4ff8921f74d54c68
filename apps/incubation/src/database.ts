import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { PolicyCopy } from '@civic/platform/policy-copies';
import { TimelinessTally } from '@civic/platform/programme-kit';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import { AdmissionApplication } from './admissions/admission.entity';
import { InKindSupport } from './incubatees/in-kind-support.entity';
import { Incubatee } from './incubatees/incubatee.entity';
import { IncubateeActivity } from './incubatees/incubatee-activity.entity';
import { StartupSubsidy } from './incubatees/startup-subsidy.entity';
import { VenueAssignment } from './incubatees/venue-assignment.entity';
import { TrainingAttendance } from './training/training-attendance.entity';
import { TrainingSession } from './training/training-session.entity';
import { IncubationBase } from './bases/base.entity';
import { Venue } from './bases/venue.entity';
import { Cohort } from './cohorts/cohort.entity';
import { CohortCityTally, CohortTally } from './dashboard/cohort-tally.entity';
import { MIGRATIONS } from './migrations';

/** The incubation service's own schema: bases, venues, cohorts, admissions, incubatees, its copy of organizations. */
export const INCUBATION_DATABASE: ServiceDatabase = {
  schema: 'incubation',
  entities: [
    IncubationBase,
    Venue,
    Cohort,
    AdmissionApplication,
    Incubatee,
    VenueAssignment,
    InKindSupport,
    IncubateeActivity,
    StartupSubsidy,
    TrainingSession,
    TrainingAttendance,
    CohortTally,
    CohortCityTally,
    TimelinessTally,
    OrganizationSnapshot,
    PolicyCopy,
    ...MESSAGING_ENTITIES,
    ...AUDIT_ENTITIES,
  ],
  migrations: MIGRATIONS,
  constraints: {
    admission_once_per_organization: {
      rule: 'R16',
      code: 'ALREADY_APPLIED',
      field: 'organizationId',
      message: 'the organization has applied to this cohort already',
      messageZh: '该组织已申请过本批次，请勿重复申请',
    },
    venue_assignment_one_open: {
      rule: 'R16',
      field: 'venueId',
      message: 'the incubatee holds a venue already; hand it back first',
      messageZh: '该入驻对象已分配场地，请先退还',
    },
    UQ_de4ec9037db62b4412fe35603ec: {
      rule: 'R15',
      code: 'SUBSIDY_ALREADY_REQUESTED',
      field: 'incubateeId',
      message: 'the start-up subsidy was asked for already',
      messageZh: '已申请过初创补贴',
    },
  },
};
