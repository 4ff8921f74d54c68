import type { Role } from './roles';

/** The actors of domain.md "Actors" in English, beside ROLE_LABELS_ZH (exports, issue #18). */
export const ROLE_LABELS_EN: Readonly<Record<Role, string>> = Object.freeze({
  applicant: 'Applicant (organization contact)',
  incubation_staff: 'Incubation base staff',
  reviewer: 'Reviewer',
  programme_officer: 'Programme officer',
  finance_maker: 'Finance maker',
  finance_checker: 'Finance checker',
  street_officer: 'Street/township officer',
  administrator: 'Administrator',
});
