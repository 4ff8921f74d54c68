import { fenToYuan } from '@civic/domain/money';
import type { CorrectNoticeDto, NoticeContentDto } from '../../api/types';
import { parseYuan } from '../../common/yuan-input';
import type { ViolationMapping } from '../../common/form-violations';

/** The correction form: the notice's content as it should read (amount in yuan), and why. */
export interface CorrectionValues {
  reason: string;
  content: {
    projectName: string;
    unit: string;
    amountYuan: string;
    contactName: string;
    contactPhone: string;
  };
}

/** The form starts from what the notice says now; the purpose and label are not corrected. */
export function correctionValues(content: NoticeContentDto): CorrectionValues {
  return {
    reason: '',
    content: {
      projectName: content.projectName,
      unit: content.unit,
      amountYuan: fenToYuan(content.amountFen),
      contactName: content.contactName,
      contactPhone: content.contactPhone,
    },
  };
}

/** The body of POST /lottery/notices/{id}/corrections: texts trimmed, the amount in fen (R26). */
export function toCorrectNoticeDto({ reason, content }: CorrectionValues): CorrectNoticeDto {
  return {
    reason: reason.trim(),
    content: {
      projectName: content.projectName.trim(),
      unit: content.unit.trim(),
      amountFen: parseYuan(content.amountYuan)!,
      contactName: content.contactName.trim(),
      contactPhone: content.contactPhone.trim(),
    },
  };
}

/** The API names the amount in fen; the form has it in yuan. */
export const CORRECTION_MAPPING: ViolationMapping = {
  aliases: { 'content.amountFen': 'content.amountYuan' },
};
