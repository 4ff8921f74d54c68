import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { NotBlank } from '../common/contact.decorators';
import { TOTP_CODE } from './login.dto';
import { AccessTokenView } from './user.view';

/** Confirms an enrolment with the first code the authenticator app shows. */
export class ConfirmSecondFactorDto {
  @ApiProperty({ example: '123456', description: 'The 6-digit code the app shows now' })
  @Matches(TOTP_CODE, { message: 'code must be the 6 digits of the authenticator app' })
  code: string;
}

/** A started enrolment: the secret to put in an authenticator app, as text and as a URI. */
export class SecondFactorEnrolmentView {
  @ApiProperty({ description: 'Base-32 secret, to type into the app', example: 'JBSWY3DPEHPK3PXP' })
  secret: string;
  @ApiProperty({ description: 'otpauth://totp/… URI, for a QR code' })
  otpauthUri: string;
}

/** An enrolment confirmed: a full session, and the recovery codes, shown this once only. */
export class SecondFactorEnrolledView extends AccessTokenView {
  @ApiProperty({
    type: [String],
    description: 'Ten single-use recovery codes; stored only hashed, never shown again',
  })
  recoveryCodes: string[];
}

/** An administrator's reset of another user's lost second factor: why, for the audit (R31). */
export class ResetSecondFactorDto {
  @ApiProperty({ example: '手机遗失，恢复码未保存，已当面核实身份', minLength: 2, maxLength: 500 })
  @IsString()
  @NotBlank()
  @Length(2, 500)
  reason: string;
}

/** A second factor reset: the user enrols again at the next sign-in; their sessions ended. */
export class SecondFactorResetView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ description: 'Open sessions of the user that were ended' }) sessionsEnded: number;
}
