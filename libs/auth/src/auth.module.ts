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
      useFactory: (runtime: RuntimeConfig) => ({ secret: runtime.jwtSecret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
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
