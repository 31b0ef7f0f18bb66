import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RuntimeConfig } from '@buurtbrug/core';
import { AccountService } from './account.service.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenResolver } from './api-token.resolver.js';
import { ApiTokenService } from './api-token.service.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { AuthSession } from './session.entity.js';
import { UserAccount } from './user.entity.js';

/** The tables this library owns (for the migration CLI's data source). */
export const AUTH_ENTITIES = [UserAccount, AuthSession, ApiToken];

@Module({
  imports: [
    TypeOrmModule.forFeature(AUTH_ENTITIES),
    JwtModule.registerAsync({
      inject: [RuntimeConfig],
      useFactory: (runtime: RuntimeConfig) => {
        // A key object made once: given the secret as a string, jsonwebtoken first tries (and
        // fails) to read it as a public key on every verify — a few percent of each request.
        const key = createSecretKey(Buffer.from(runtime.jwtSecret));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  providers: [
    AuthService,
    AccountService,
    ApiTokenService,
    LoginThrottle,
    AuthResolver,
    ApiTokenResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccountService],
})
export class AuthModule {}
