import type { RpcActor } from '@civic/contracts';
import { ServiceError } from '@civic/platform/rpc';
import type { EntityManager } from 'typeorm';
import { authorizeBase } from '../access';
import { Cohort } from '../cohorts/cohort.entity';
import { Incubatee } from './incubatee.entity';

/** An incubatee, locked for a change by its base's staff; 404 when unknown or not visible. */
export async function lockIncubatee(
  manager: EntityManager,
  id: string,
  actor: RpcActor,
): Promise<{ incubatee: Incubatee; cohort: Cohort }> {
  const incubatee = await manager.findOne(Incubatee, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!incubatee) throw ServiceError.notFound('incubatee', id);
  authorizeBase(actor, incubatee.baseId, { what: 'incubatee', id });
  const cohort = await manager.findOneByOrFail(Cohort, { id: incubatee.cohortId });
  return { incubatee, cohort };
}

/** 409 unless the incubatee is still being incubated. */
export function assertActive(incubatee: Incubatee): void {
  if (incubatee.status === 'ACTIVE') return;
  throw new ServiceError(
    409,
    'INCUBATEE_NOT_ACTIVE',
    `the incubatee has ${incubatee.status === 'GRADUATED' ? 'graduated' : 'left'}`,
    undefined,
    incubatee.status === 'GRADUATED' ? '该组织已出壳' : '该组织已退出孵化',
  );
}
