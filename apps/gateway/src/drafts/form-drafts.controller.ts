import {
  ErrorView,
  FormDraftSavedView,
  FormDraftView,
  type RpcActor,
  SaveFormDraftDto,
} from '@civic/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { FORM_DRAFT_KINDS, FORM_KEY_PATTERN, MAX_DRAFT_BYTES } from './form-key';
import { FormDraftsService } from './form-drafts.service';

const FORM_KEY = ApiParam({
  name: 'formKey',
  description: `Which form: \`<form>:<uuid>\`, the form one of ${FORM_DRAFT_KINDS.join(', ')} (a lottery application by its organization, an admission by its cohort, a venture proposal by its call or saved draft). 400 otherwise.`,
  schema: { type: 'string', pattern: FORM_KEY_PATTERN.source },
  example: 'admission:6f1c2b0e-8a52-4c1e-9d0f-3c2a1b4e5d6f',
});

/**
 * The signed-in user's autosaved drafts of the applicant forms (issue #18), so a half-filled
 * form survives a reload or a dropped connection. Anyone signed in: each reads, replaces and
 * deletes only their own. A PUT replaces the draft whole, so sending it again is harmless (no
 * Idempotency-Key needed).
 */
@ApiTags('me')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/me/drafts')
export class FormDraftsController {
  constructor(private readonly drafts: FormDraftsService) {}

  @Get(':formKey')
  @AnyRole()
  @FORM_KEY
  @ApiOperation({ summary: 'My draft of a form; without one, only its key' })
  @ApiOkResponse({ type: FormDraftView })
  get(@Param('formKey') formKey: string, @CurrentActor() actor: RpcActor): Promise<FormDraftView> {
    return this.drafts.get(actor.userId, formKey);
  }

  @Put(':formKey')
  @AnyRole()
  @FORM_KEY
  @ApiOperation({
    summary: `Save my draft of a form, replacing the one before (at most ${MAX_DRAFT_BYTES / 1024} KiB, 413 beyond)`,
  })
  @ApiOkResponse({ type: FormDraftSavedView })
  put(
    @Param('formKey') formKey: string,
    @Body() body: SaveFormDraftDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<FormDraftSavedView> {
    return this.drafts.put(actor.userId, formKey, body.values);
  }

  @Delete(':formKey')
  @AnyRole()
  @HttpCode(204)
  @FORM_KEY
  @ApiOperation({ summary: 'Discard my draft of a form (after submitting it, or by choice)' })
  @ApiNoContentResponse({ description: 'Gone, or there was none' })
  async remove(@Param('formKey') formKey: string, @CurrentActor() actor: RpcActor): Promise<void> {
    await this.drafts.delete(actor.userId, formKey);
  }
}
