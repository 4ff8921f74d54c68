import { Module } from '@nestjs/common';
import { FormDraftsController } from './form-drafts.controller';
import { FormDraftsService } from './form-drafts.service';

/**
 * Autosaved drafts of the applicant forms under /v1/me/drafts (issue #18). Seals them with the
 * gateway's PersonalDataCipher (R30), which the notifications module provides globally
 * (PiiModule.forRoot with PII_KEY).
 */
@Module({ controllers: [FormDraftsController], providers: [FormDraftsService] })
export class FormDraftsModule {}
