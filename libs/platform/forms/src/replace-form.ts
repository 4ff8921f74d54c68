import type { RpcActor } from '@civic/contracts';
import type { FormDefinition, FormOwner, FormSchema } from '@civic/domain/forms';
import type { AuditTrail } from '@civic/platform/audit';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { buildForm, formFrozen } from './form-store';

/** A programme's record that carries a form: a call, a programme, a cohort, a project. */
export interface FormHolder extends ObjectLiteral {
  id: string;
  form: FormSchema | null;
  formVersion: number;
}

export interface ReplaceForm {
  owner: FormOwner['owner'];
  /** What the holder is, in the 409's words ("call", "cohort"…). */
  what: string;
  /** Whether the holder has received an application: then its form stays as it is. */
  frozen: boolean;
  audit: AuditTrail;
  actor: RpcActor;
  /** The audit entry's entity type; its action is `<entityType>.form-set`. */
  entityType: string;
}

/**
 * Replaces a holder's added questions with the next version of its form (issue #17, for R16,
 * R17, R20 and R25's applications), in the caller's transaction, with the holder's row already
 * locked FOR UPDATE: refused 409 FORM_FROZEN once it has an application, 400 naming the question
 * when the questions make no form; the change is audited with the form before and after.
 * `holder` is updated in place.
 */
export async function replaceForm<T extends FormHolder>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  holder: T,
  questions: FormDefinition['questions'],
  spec: ReplaceForm,
): Promise<void> {
  if (spec.frozen) throw formFrozen(spec.what);
  const before = { form: holder.form, formVersion: holder.formVersion };
  const formVersion = holder.formVersion + 1;
  const form = buildForm({ questions }, { owner: spec.owner, id: holder.id, version: formVersion });
  Object.assign(holder, { form, formVersion });
  const changes = { form, formVersion } as unknown as QueryDeepPartialEntity<T>;
  await manager.getRepository(entity).update(holder.id, changes);
  await spec.audit.record(manager, {
    actor: spec.actor,
    action: `${spec.entityType}.form-set`,
    entityType: spec.entityType,
    entityId: holder.id,
    before,
    after: { form, formVersion },
  });
}
