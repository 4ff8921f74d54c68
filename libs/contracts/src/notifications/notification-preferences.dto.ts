import { isEmailAddress, phoneKind } from '@civic/domain/identifiers';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, registerDecorator, ValidateIf } from 'class-validator';

export const NOTIFICATION_LANGUAGES = ['zh-CN', 'en'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** A class-validator rule that runs `valid`; the message names the field and never repeats it. */
function checked(rule: string, valid: (value: unknown) => boolean, message: string) {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: rule,
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: valid,
        defaultMessage: (args) => `${args?.property} ${message}`,
      },
    });
}

/** Text trimmed, a phone's digit-group spaces dropped; anything else left for the rules. */
const spacesDropped = (digits: boolean) =>
  Transform(({ value }) =>
    typeof value === 'string' ? (digits ? value.replace(/\s+/g, '') : value.trim()) : value,
  );

/** Which channels tell the user of decisions about their organization (issue #18). */
export class NotificationChannelsView {
  @ApiProperty({ description: 'In the app: always on' }) inApp: boolean;
  @ApiProperty() email: boolean;
  @ApiProperty() sms: boolean;
}

/** Whether this server sends by the channel at all (e-mail needs SMTP_URL). */
export class NotificationChannelsAvailableView {
  @ApiProperty() email: boolean;
  @ApiProperty() sms: boolean;
}

export class NotificationPreferencesView {
  @ApiProperty({ type: NotificationChannelsView }) channels: NotificationChannelsView;

  @ApiProperty({ type: NotificationChannelsAvailableView })
  available: NotificationChannelsAvailableView;

  @ApiProperty({ enum: NOTIFICATION_LANGUAGES, description: 'The language e-mails and SMS use' })
  language: NotificationLanguage;

  @ApiPropertyOptional({ example: 'huangli@example.com' }) emailAddress?: string;

  @ApiPropertyOptional({
    example: '138****1234',
    description: 'Stored encrypted (R30); only its masked form is shown',
  })
  mobileMasked?: string;
}

/**
 * The user's own choice of channels and the contacts they need. A contact left out is kept;
 * `null` removes it. Turning e-mail or SMS on needs an address or number, given or kept.
 */
export class UpdateNotificationPreferencesDto {
  @ApiProperty({ description: 'Tell me by e-mail' })
  @IsBoolean()
  email: boolean;

  @ApiProperty({ description: 'Tell me by SMS' })
  @IsBoolean()
  sms: boolean;

  @ApiPropertyOptional({ enum: NOTIFICATION_LANGUAGES, default: 'zh-CN' })
  @IsOptional()
  @IsIn(NOTIFICATION_LANGUAGES)
  language?: NotificationLanguage;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'huangli@example.com' })
  @spacesDropped(false)
  @ValidateIf((_o, value) => value !== null && value !== undefined)
  @checked('isEmailAddress', isEmailAddress, 'must be an e-mail address (name@example.com)')
  emailAddress?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '13800771234',
    description: 'A mainland mobile number (11 digits, 1[3-9]…): texts go only to mobiles',
  })
  @spacesDropped(true)
  @ValidateIf((_o, value) => value !== null && value !== undefined)
  @checked(
    'isMainlandMobile',
    (value) => phoneKind(value) === 'MOBILE',
    'must be a mainland mobile number (11 digits, 1[3-9]…)',
  )
  mobile?: string | null;
}
