import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

/** Six digits (RFC 6238 with the defaults every authenticator app uses). */
export const TOTP_CODE = /^\d{6}$/;
/** Ten base-32 characters, in two groups of five (a dash or space between them optional). */
export const RECOVERY_CODE = /^[A-Za-z2-7]{5}[-\s]?[A-Za-z2-7]{5}$/;

export class LoginDto {
  @ApiProperty({ example: 'officer' })
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'Civic#2026' })
  @IsString()
  @Length(1, 128)
  password: string;

  @ApiPropertyOptional({
    example: '123456',
    description: 'The 6-digit code of the authenticator app, when the user has a second factor',
  })
  @IsOptional()
  @Matches(TOTP_CODE, { message: 'totp must be the 6 digits of the authenticator app' })
  totp?: string;

  @ApiPropertyOptional({
    example: 'ABCDE-FGHIJ',
    description: 'Instead of totp: one unused recovery code (spent by this sign-in)',
  })
  @IsOptional()
  @Matches(RECOVERY_CODE, { message: 'recoveryCode must be a recovery code like ABCDE-FGHIJ' })
  recoveryCode?: string;
}
