import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './config/app-config.js';
import { RuntimeConfig } from './config/runtime-config.js';
import { typeOrmOptions } from './database/typeorm-options.js';
import { JobsService } from './jobs/jobs.service.js';
import { SearchOutbox } from './outbox/outbox.service.js';
import { AuditService } from './audit/audit.service.js';
import { loggerParams } from './logging/logging.js';
import { closePubSub, PUB_SUB, pubSubProvider } from './pubsub/pubsub.provider.js';
import { SubscriberPresence } from './pubsub/subscriber-presence.js';
import { searchClientProvider } from './search-client/search-client.provider.js';

/**
 * Shared plumbing for every domain library: configuration, logging, database, jobs, pub/sub,
 * the search client and domain events. Built from a RuntimeConfig so nothing reads process.env.
 */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  static forRoot(runtime: RuntimeConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ ...runtime.app })] }),
        LoggerModule.forRoot(loggerParams(runtime.app)),
        TypeOrmModule.forRoot({ ...typeOrmOptions(runtime.databaseUrl), autoLoadEntities: true }),
        EventEmitterModule.forRoot({ wildcard: false }),
      ],
      providers: [
        { provide: RuntimeConfig, useValue: runtime },
        { provide: AppConfig, useValue: runtime.app },
        JobsService,
        SearchOutbox,
        AuditService,
        pubSubProvider,
        SubscriberPresence,
        searchClientProvider,
      ],
      exports: [RuntimeConfig, AppConfig, JobsService, SearchOutbox, AuditService, PUB_SUB, SubscriberPresence, searchClientProvider],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await closePubSub(this.pubSub);
  }
}
