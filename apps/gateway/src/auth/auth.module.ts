import { createSecretKey } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { GatewayEnv } from '../gateway.env';
import { AUTH_SETTINGS, authSettingsFrom } from './auth-settings';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginAttempts } from './login-attempts';
import { PasswordHasher } from './password-hasher';
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
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'login', ttl: settings.rateWindowSeconds * 1000, limit: settings.rateLimit },
          ],
          storage: new ThrottlerStorageRedisService(env.REDIS_URL, {
            keyPrefix: `${env.CIVIC_PREFIX}:throttle:`,
            maxRetriesPerRequest: 2,
            lazyConnect: true, // connects at the first login, not when the module is described
          }),
        }),
      ],
      controllers: [AuthController],
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        { provide: APP_GUARD, useClass: AuthGuard },
        AuthService,
        LoginAttempts,
        PasswordHasher,
        SessionRevocations,
      ],
      exports: [AuthService, PasswordHasher, SessionRevocations],
    };
  }
}
