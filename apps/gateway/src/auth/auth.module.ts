import { createSecretKey } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { GatewayEnv } from '../gateway.env';
import { AUTH_SETTINGS, authSettingsFrom } from './auth-settings';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginAttempts } from './login-attempts';
import { PasswordHasher } from './password-hasher';
import { SecondFactorController } from './second-factor/second-factor.controller';
import { SECOND_FACTOR_CIPHER, secondFactorCipher } from './second-factor/second-factor-cipher';
import { SecondFactors } from './second-factor/second-factors';
import { SessionCookies } from './session-cookies';
import { SessionRevocations } from './session-revocations';

/** Sign-in, tokens, sessions and the guard every route passes. */
@Module({})
export class AuthModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    const settings = authSettingsFrom(env);
    return {
      module: AuthModule,
      imports: [
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a
        // PEM public key (createPublicKey, which throws) on every verify, most of the guard's CPU.
        JwtModule.register({
          secret: createSecretKey(Buffer.from(env.JWT_SECRET, 'utf8')),
          signOptions: { algorithm: 'HS256' },
        }),
      ],
      controllers: [AuthController, SecondFactorController],
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        { provide: SECOND_FACTOR_CIPHER, useValue: secondFactorCipher(env) },
        SecondFactors,
        { provide: APP_GUARD, useClass: AuthGuard },
        AuthService,
        LoginAttempts,
        PasswordHasher,
        SessionCookies,
        SessionRevocations,
      ],
      exports: [AuthService, PasswordHasher, SecondFactors, SessionRevocations, AUTH_SETTINGS],
    };
  }
}
