import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '@buurtbrug/core';
import { BuddyCheckInService } from './buddy-check-in.service.js';

export const BuddiesJob = {
  SURFACE_CHECK_INS: 'buddies.surface-check-ins',
} as const;

/** Every morning the check-ins that fell due become tasks on the lists of the social worker and both people. */
@Injectable()
export class BuddyJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly checkIns: BuddyCheckInService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(BuddiesJob.SURFACE_CHECK_INS, () => this.checkIns.surfaceDue(), { cron: '5 6 * * *' });
  }
}
