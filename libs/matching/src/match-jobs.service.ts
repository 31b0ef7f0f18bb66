import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ACTIVITY_CANCELLED, ACTIVITY_CHANGED, ACTIVITY_PUBLISHED, type ActivityCancelled, type ActivityChanged, type ActivityPublished } from '@buurtbrug/activities';
import { JobsService } from '@buurtbrug/core';
import { RESIDENT_PROFILE_CHANGED, type ResidentProfileChanged } from '@buurtbrug/residents';
import { PostClosed, PostCreated, PostExpired, PostUpdated } from '@buurtbrug/talents-wants';
import type { Job } from 'pg-boss';
import { MatchingService } from './matching.service.js';

export const MatchingJob = {
  REMATCH_ACTIVITY: 'matching.rematch-activity',
  REMATCH_ACTIVITY_WATCHERS: 'matching.rematch-activity-watchers',
  REMATCH_RESIDENT: 'matching.rematch-resident',
  MATCH_POSTS: 'matching.match-posts',
  REMATCH_WIJK: 'matching.rematch-wijk',
  NIGHTLY: 'matching.nightly',
  EXPIRE_OFFERS: 'matching.expire-offers',
  CREATE_FOLLOW_UPS: 'matching.create-follow-ups',
  END_FOR_ACTIVITY: 'matching.end-for-activity',
  END_FOR_POST: 'matching.end-for-post',
} as const;

/** Event-driven jobs should feel live: look for them twice a second instead of every two. */
const LIVE = { pollingIntervalSeconds: 0.5 };
/**
 * The whole area of a new activity waits this long, so the listening residents' own job has the
 * CPU while their proposals are pushed; those not listening see theirs a few seconds later.
 */
const AREA_AFTER_WATCHERS_SECONDS = 3;

/**
 * When matching runs: on domain events (new or changed activity, changed profile, new post) and
 * on the clock (nightly per wijk, hourly expiry and follow-ups). Listeners only enqueue: the work
 * happens in pg-boss jobs, so it survives a restart and runs where JOBS_ENABLED is set. Every
 * job is idempotent (the unique proposal indexes and conditional updates), so a retry or a
 * second worker does no harm.
 */
@Injectable()
export class MatchJobs implements OnModuleInit {
  private readonly logger = new Logger(MatchJobs.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly matching: MatchingService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ activityId: string }>(MatchingJob.REMATCH_ACTIVITY, (jobs) => this.each(jobs, (d) => this.matching.rematchActivity(d.activityId)), LIVE);
    this.jobs.register<{ activityId: string }>(
      MatchingJob.REMATCH_ACTIVITY_WATCHERS,
      (jobs) => this.each(jobs, (d) => this.matching.rematchActivityForWatchers(d.activityId)),
      LIVE,
    );
    this.jobs.register<{ userId: string }>(MatchingJob.REMATCH_RESIDENT, (jobs) => this.matching.rematchResidents({ ids: jobs.map((j) => j.data.userId) }), LIVE);
    this.jobs.register<{ wijkCode: string }>(MatchingJob.MATCH_POSTS, (jobs) => this.each(jobs, (d) => this.matching.matchPosts(d.wijkCode)), LIVE);
    this.jobs.register<{ wijkCode: string }>(MatchingJob.REMATCH_WIJK, (jobs) => this.each(jobs, (d) => this.matching.rematchWijk(d.wijkCode)));
    this.jobs.register<{ activityId: string }>(MatchingJob.END_FOR_ACTIVITY, (jobs) => this.each(jobs, (d) => this.matching.endForActivity(d.activityId)), LIVE);
    this.jobs.register<{ postId: string }>(MatchingJob.END_FOR_POST, (jobs) => this.each(jobs, (d) => this.matching.endForPost(d.postId)), LIVE);
    this.jobs.register(MatchingJob.NIGHTLY, () => this.nightly(), { cron: '30 2 * * *' });
    this.jobs.register(MatchingJob.EXPIRE_OFFERS, () => this.matching.expireUnanswered(), { cron: '10 * * * *' });
    this.jobs.register(MatchingJob.CREATE_FOLLOW_UPS, () => this.matching.createFollowUps(), { cron: '20 * * * *' });
  }

  /** One job per wijk, so a big city spreads over workers and one failing wijk is retried alone. */
  async nightly(): Promise<number> {
    const wijken = await this.matching.wijkenToMatch();
    for (const wijkCode of wijken) await this.jobs.send(MatchingJob.REMATCH_WIJK, { wijkCode }, { singletonKey: `nightly:${wijkCode}` });
    return wijken.length;
  }

  private async each<T>(jobs: Job<T>[], work: (data: T) => Promise<unknown>): Promise<void> {
    for (const job of jobs) await work(job.data);
  }

  private async enqueue(name: string, data: object, options: { startAfter?: number } = {}): Promise<void> {
    try {
      await this.jobs.send(name, data, options);
    } catch (error) {
      // The nightly run catches up whatever an event could not enqueue.
      this.logger.warn(`could not enqueue ${name}: ${(error as Error).message}`);
    }
  }

  @OnEvent(ACTIVITY_PUBLISHED, { promisify: true })
  onActivityPublished(event: ActivityPublished): Promise<void> {
    return this.rematchActivity(event.activityId);
  }

  @OnEvent(ACTIVITY_CHANGED, { promisify: true })
  onActivityChanged(event: ActivityChanged): Promise<void> {
    return this.rematchActivity(event.activityId);
  }

  /** Those listening first (pushed live), then the whole area. */
  private async rematchActivity(activityId: string): Promise<void> {
    await this.enqueue(MatchingJob.REMATCH_ACTIVITY_WATCHERS, { activityId });
    await this.enqueue(MatchingJob.REMATCH_ACTIVITY, { activityId }, { startAfter: AREA_AFTER_WATCHERS_SECONDS });
  }

  @OnEvent(ACTIVITY_CANCELLED, { promisify: true })
  onActivityCancelled(event: ActivityCancelled): Promise<void> {
    return this.enqueue(MatchingJob.END_FOR_ACTIVITY, { activityId: event.activityId });
  }

  @OnEvent(RESIDENT_PROFILE_CHANGED, { promisify: true })
  onProfileChanged(event: ResidentProfileChanged): Promise<void> {
    return this.enqueue(MatchingJob.REMATCH_RESIDENT, { userId: event.userId });
  }

  @OnEvent(PostCreated.eventName, { promisify: true })
  onPostCreated(event: PostCreated): Promise<void> {
    return this.enqueue(MatchingJob.MATCH_POSTS, { wijkCode: event.wijkCode });
  }

  @OnEvent(PostUpdated.eventName, { promisify: true })
  onPostUpdated(event: PostUpdated): Promise<void> {
    return this.enqueue(MatchingJob.MATCH_POSTS, { wijkCode: event.wijkCode });
  }

  @OnEvent(PostClosed.eventName, { promisify: true })
  onPostClosed(event: PostClosed): Promise<void> {
    return this.enqueue(MatchingJob.END_FOR_POST, { postId: event.postId });
  }

  @OnEvent(PostExpired.eventName, { promisify: true })
  onPostExpired(event: PostExpired): Promise<void> {
    return this.enqueue(MatchingJob.END_FOR_POST, { postId: event.postId });
  }
}
