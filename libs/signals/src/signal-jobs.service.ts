import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { JobsService } from '@buurtbrug/core';
import { HOME_VISIT_RECORDED, type HomeVisitRecorded } from '@buurtbrug/residents';
import { SignalService } from './signal.service.js';

export const SignalsJob = {
  /** Daily: delete signals older than six months unless they led to an intake. */
  RETENTION: 'signals.retention',
} as const;

/** The clock and the events that move signals without a social worker clicking. */
@Injectable()
export class SignalJobs implements OnModuleInit {
  private readonly logger = new Logger(SignalJobs.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly signals: SignalService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SignalsJob.RETENTION, () => this.retention(), { cron: '40 3 * * *' });
  }

  async retention(): Promise<number> {
    const deleted = await this.signals.deleteExpired();
    this.logger.log(`signal retention: ${deleted} deleted`);
    return deleted;
  }

  /** A home visit started from a signal closes it as INTAKE_DONE (kept past six months). */
  @OnEvent(HOME_VISIT_RECORDED, { promisify: true })
  async onHomeVisitRecorded(event: HomeVisitRecorded): Promise<void> {
    if (event.signalId) await this.signals.recordIntake(event);
  }
}
