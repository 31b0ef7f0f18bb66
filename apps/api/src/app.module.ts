import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule, AuthService } from '@buurtbrug/auth';
import { CoreModule, RuntimeConfig } from '@buurtbrug/core';
import { DemoModule } from './demo/demo.module.js';
import { DOMAIN_MODULES } from './domain-modules.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthModule } from './health/health.module.js';
import { WebModule } from './web/web.module.js';

/** The composition root: plumbing, the domain libraries, GraphQL over HTTP and WebSocket. */
@Module({})
export class AppModule {
  static forRoot(runtime: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(runtime),
        ...DOMAIN_MODULES,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [RuntimeConfig, AuthService],
          useFactory: graphqlOptions,
        }),
        HealthModule,
        DemoModule,
        WebModule,
      ],
    };
  }
}
