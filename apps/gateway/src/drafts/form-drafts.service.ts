import type { FieldViolation, FormDraftSavedView, FormDraftView } from '@civic/contracts';
import { PersonalDataCipher } from '@civic/platform/pii';
import {
  BadRequestException,
  HttpStatus,
  Injectable,
  PayloadTooLargeException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FormDraft } from './form-draft.entity';
import {
  DRAFT_KEEP_DAYS,
  draftBytes,
  draftSizeViolation,
  formKeyViolation,
  MAX_DRAFTS_PER_USER,
} from './form-key';

/**
 * Users' autosaved drafts of the applicant forms (issue #18). Each user reads, replaces and
 * deletes only their own: every query is by the caller's user id, so another's key is simply a
 * key with no draft. The values are sealed at rest (R30) and never written to a log or the audit
 * chain; a draft not saved for DRAFT_KEEP_DAYS is dropped.
 */
@Injectable()
export class FormDraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async get(userId: string, formKey: string): Promise<FormDraftView> {
    checkKey(formKey);
    const [draft] = (await this.dataSource.query(
      `SELECT body_cipher, updated_at FROM gateway.form_draft
        WHERE user_id = $1 AND form_key = $2
          AND updated_at > now() - make_interval(days => $3)`,
      [userId, formKey, DRAFT_KEEP_DAYS],
    )) as { body_cipher: string; updated_at: Date }[];
    if (!draft) return { formKey };
    return {
      formKey,
      values: JSON.parse(this.cipher.decrypt(draft.body_cipher)) as Record<string, unknown>,
      updatedAt: new Date(draft.updated_at).toISOString(),
    };
  }

  /** Replaces the draft whole (or starts it): the same values sent again leave the same draft. */
  async put(
    userId: string,
    formKey: string,
    values: Record<string, unknown>,
  ): Promise<FormDraftSavedView> {
    checkKey(formKey);
    const json = JSON.stringify(values);
    const tooLarge = draftSizeViolation(draftBytes(values));
    if (tooLarge) throw refusal(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge);
    const bodyCipher = this.cipher.encrypt(json);
    return this.dataSource.transaction(async (manager) => {
      // One user's saves in turn, so the count below holds (a user rarely has two tabs saving).
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`form_draft:${userId}`]);
      await manager.query(
        `DELETE FROM gateway.form_draft
          WHERE user_id = $1 AND updated_at <= now() - make_interval(days => $2)`,
        [userId, DRAFT_KEEP_DAYS],
      );
      const [{ others }] = (await manager.query(
        `SELECT count(*)::int AS others FROM gateway.form_draft
          WHERE user_id = $1 AND form_key <> $2`,
        [userId, formKey],
      )) as { others: number }[];
      if (others >= MAX_DRAFTS_PER_USER) {
        throw refusal(HttpStatus.UNPROCESSABLE_ENTITY, tooMany());
      }
      const [saved] = (await manager.query(
        `INSERT INTO gateway.form_draft (user_id, form_key, body_cipher, updated_at)
         VALUES ($1, $2, $3, now())
         ON CONFLICT (user_id, form_key)
           DO UPDATE SET body_cipher = EXCLUDED.body_cipher, updated_at = now()
         RETURNING updated_at`,
        [userId, formKey, bodyCipher],
      )) as { updated_at: Date }[];
      return { formKey, updatedAt: new Date(saved.updated_at).toISOString() };
    });
  }

  /** Deletes the draft, if there is one: deleting again changes nothing. */
  async delete(userId: string, formKey: string): Promise<void> {
    checkKey(formKey);
    await this.dataSource.manager.delete(FormDraft, { userId, formKey });
  }
}

function checkKey(formKey: string): void {
  const violation = formKeyViolation(formKey);
  if (violation) throw refusal(HttpStatus.BAD_REQUEST, violation);
}

function tooMany(): FieldViolation {
  return {
    field: 'formKey',
    rule: 'maxDrafts',
    message: `at most ${MAX_DRAFTS_PER_USER} drafts are kept per user: submit or discard one first`,
    messageZh: `每位用户最多保留 ${MAX_DRAFTS_PER_USER} 份草稿，请先提交或放弃其中一份`,
  };
}

function refusal(status: HttpStatus, violation: FieldViolation) {
  const body = {
    statusCode: status,
    message: violation.message,
    messageZh: violation.messageZh,
    violations: [violation],
  };
  if (status === HttpStatus.PAYLOAD_TOO_LARGE) return new PayloadTooLargeException(body);
  if (status === HttpStatus.BAD_REQUEST) return new BadRequestException(body);
  return new UnprocessableEntityException(body);
}
