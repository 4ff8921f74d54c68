import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'officer' })
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'Civic#2026' })
  @IsString()
  @Length(1, 128)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from the last login or refresh' })
  @IsString()
  @Length(20, 200)
  refreshToken: string;
}
