import type { IncubateeView } from '@civic/contracts';
import { dayOfDateString } from '@civic/domain/calendar';
import { deadlineStatus } from '@civic/domain/incubation';
import type { Incubatee } from './incubatee.entity';
import type { IncubateeRecords } from './incubatees.repository';
import type { StartupSubsidy } from './startup-subsidy.entity';

/**
 * An incubatee with its venue, in-kind support, training, activities, start-up subsidy and, once
 * it has left, whether its space came back in time (R16), as of `today` (a China day number).
 */
export function incubateeView(i: Incubatee, r: IncubateeRecords, today: number): IncubateeView {
  const place = r.places.find((p) => p.incubateeId === i.id);
  const venue = r.venues.find((v) => v.id === place?.venueId);
  const support = r.inKind.filter((k) => k.incubateeId === i.id);
  const subsidy = r.subsidies.find((s) => s.incubateeId === i.id);
  return {
    id: i.id,
    cohortId: i.cohortId,
    cohortName: r.cohorts.find((c) => c.id === i.cohortId)?.name ?? '',
    baseId: i.baseId,
    ...(i.organizationId ? { organizationId: i.organizationId } : {}),
    name: i.name,
    admittedAt: new Date(i.admittedAt).toISOString(),
    status: i.status,
    ...(place && venue
      ? {
          venue: {
            venueId: venue.id,
            venueName: venue.name,
            shared: venue.shared,
            assignedOn: place.assignedOn,
            ...(place.releasedOn ? { releasedOn: place.releasedOn } : {}),
          },
        }
      : {}),
    inKind: support.map((k) => ({ kind: k.kind, valueFen: k.valueFen, basis: k.basis })),
    inKindFen: support.reduce((sum, k) => sum + k.valueFen, 0),
    trainingSessionsAttended: r.attended.get(i.id) ?? 0,
    activitiesHeld: r.activities.get(i.id) ?? 0,
    ...(subsidy ? { subsidy: subsidyView(subsidy) } : {}),
    ...(i.exitedOn ? { exitedOn: i.exitedOn } : {}),
    ...(i.exitReason ? { exitReason: i.exitReason } : {}),
    ...(i.graduation ? { graduation: i.graduation } : {}),
    ...(i.spaceReturnDue
      ? {
          spaceReturn: deadlineStatus({
            deadlineDay: dayOfDateString(i.spaceReturnDue, 'spaceReturnDue'),
            today,
            ...(i.spaceReturnedOn
              ? { doneDay: dayOfDateString(i.spaceReturnedOn, 'spaceReturnedOn') }
              : {}),
          }),
        }
      : {}),
  };
}

/** The subsidy with its payee account, the number masked (R30). */
function subsidyView(subsidy: StartupSubsidy): NonNullable<IncubateeView['subsidy']> {
  const { accountName, bankName, bankCode, accountNumberMasked } = subsidy.bankAccount;
  return {
    status: subsidy.status,
    amountFen: subsidy.amountFen,
    bankAccount: {
      accountName,
      accountNumber: accountNumberMasked,
      bankName,
      bankCode: bankCode ?? '',
    },
    ...(subsidy.paymentId
      ? {
          payment: {
            paymentId: subsidy.paymentId,
            ...(subsidy.bankReference ? { bankReference: subsidy.bankReference } : {}),
            ...(subsidy.paidAt ? { paidAt: new Date(subsidy.paidAt).toISOString() } : {}),
            ...(subsidy.custodianName ? { custodianName: subsidy.custodianName } : {}),
          },
        }
      : {}),
    ...(subsidy.statusReason ? { statusReason: subsidy.statusReason } : {}),
  };
}
