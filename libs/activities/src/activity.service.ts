import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { actingOrganisationId, type Principal, Role } from '@buurtbrug/auth';
import { CoreError, CoreErrorCode, decodeCursor, type FieldError, type Page, SearchOutbox, toPage } from '@buurtbrug/core';
import { type Organisation, OrganisationsService, OrganisationStatus } from '@buurtbrug/organisations';
import { TagsService } from '@buurtbrug/tags';
import { type Wijk, WijkenService } from '@buurtbrug/wijken';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { type ActivityContent, contentFrom, contentOf } from './activity-content.js';
import { ActivityPageReader } from './activity-page.reader.js';
import { type ActivityProjection, FULL_PROJECTION } from './activity-projection.js';
import { crossFieldErrors } from './activity-input.validator.js';
import { type Occurrence, occurrencesBetween, windowErrors } from './activity-schedule.js';
import { ActivityStatus } from './activity.enums.js';
import { Activity } from './activity.entity.js';
import {
  ACTIVITY_CANCELLED,
  ACTIVITY_CHANGED,
  ACTIVITY_PUBLISHED,
  ActivityCancelled,
  ActivityChanged,
  ActivityPublished,
  type SignUpPromoted,
} from './activity.events.js';
import { ActivitiesError, ActivitiesErrorCode } from './activities.errors.js';
import type { ActivityFilterInput } from './dto/activity-filter.input.js';
import type { CreateActivityInput } from './dto/create-activity.input.js';
import type { UpdateActivityInput } from './dto/update-activity.input.js';
import { SignUpService } from './sign-up.service.js';

const DAY_MS = 86_400_000;
/** Upper bound on activities expanded for one occurrences window. */
const MAX_ACTIVITIES_PER_WINDOW = 2_000;

/** A domain event to emit once the transaction that caused it has committed. */
export type PendingEvent = [name: string, event: object];

/** A page of activities with the organisations and wijken they name, loaded with them. */
export type ActivityListPage = Page<Activity> & { organisations: Map<string, Organisation>; wijken: Map<string, Wijk> };

export function isAdmin(principal: Principal | undefined): boolean {
  return principal?.kind === 'user' && principal.role === Role.ADMIN;
}

/** Whether two stored values are the same (dates by instant, arrays by content and order). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return (a instanceof Date ? a.getTime() : null) === (b instanceof Date ? b.getTime() : null);
  }
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return (a ?? null) === (b ?? null);
}

export function sameContent(a: ActivityContent, b: ActivityContent): boolean {
  return (Object.keys(a) as (keyof ActivityContent)[]).every((key) => sameValue(a[key], b[key]));
}

/** The search outbox and domain events that follow a status change (or a change while published). */
export function consequencesOf(
  before: ActivityStatus | null,
  after: Activity,
): { outbox: 'upsert' | 'delete' | null; event: PendingEvent | null } {
  const payload = [after.id, after.organisationId, after.wijkCode, after.tags] as const;
  if (after.status === ActivityStatus.PUBLISHED) {
    if (before === ActivityStatus.PUBLISHED) return { outbox: 'upsert', event: [ACTIVITY_CHANGED, new ActivityChanged(...payload)] };
    return { outbox: 'upsert', event: [ACTIVITY_PUBLISHED, new ActivityPublished(...payload)] };
  }
  if (before === ActivityStatus.PUBLISHED) return { outbox: 'delete', event: [ACTIVITY_CHANGED, new ActivityChanged(...payload)] };
  return { outbox: null, event: null };
}

/**
 * Activities: writing them (providers of the organisation, its API token, or admins), the
 * public lists and the expansion of recurring schedules into dates. Checks access first and
 * writes each change, its search outbox row and any waiting-list promotion in one transaction.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectRepository(Activity) private readonly activities: Repository<Activity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly wijken: WijkenService,
    private readonly tags: TagsService,
    private readonly signUps: SignUpService,
    private readonly outbox: SearchOutbox,
    private readonly events: EventEmitter2,
    private readonly pages: ActivityPageReader,
  ) {}

  /** A new activity starts as a draft of the caller's organisation (admins name one). */
  async create(principal: Principal, input: CreateActivityInput): Promise<Activity> {
    const organisationId = this.organisationFor(principal, input.organisationId);
    await this.organisations.require(organisationId);
    const { schedule, errors } = crossFieldErrors(input);
    if (errors.length > 0 || !schedule) throw this.invalid(errors);
    await this.wijken.assertExists([input.wijkCode], 'wijkCode');
    const tags = await this.normaliseTags(input.tags);
    const content = contentFrom(input, schedule, tags);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(Activity);
        return repository.save(
          repository.create({
            ...content,
            organisationId,
            externalId: input.externalId?.trim() || null,
            status: ActivityStatus.DRAFT,
            createdBy: principal.kind === 'user' ? principal.userId : null,
          }),
        );
      });
    } catch (error) {
      throw this.externalIdTaken(error) ?? error;
    }
  }

  /** Changes content; a published activity feeds search and says it changed. */
  async update(principal: Principal, input: UpdateActivityInput): Promise<Activity> {
    const current = await this.getManageable(principal, input.id);
    const { schedule, errors } = crossFieldErrors(input);
    if (errors.length > 0) throw this.invalid(errors);
    if (input.wijkCode) await this.wijken.assertExists([input.wijkCode], 'wijkCode');
    const tags = input.tags ? await this.normaliseTags(input.tags) : undefined;
    const { activity, pending, promoted } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, current.id);
      if (locked.status === ActivityStatus.CANCELLED) {
        throw new ActivitiesError(ActivitiesErrorCode.ACTIVITY_CANCELLED, 'A cancelled activity cannot be changed');
      }
      const before = contentOf(locked);
      const next = this.merge(before, input, schedule, tags);
      if (sameContent(before, next)) return { activity: locked, pending: [] as PendingEvent[], promoted: [] as SignUpPromoted[] };
      Object.assign(locked, next);
      const saved = await manager.getRepository(Activity).save(locked);
      const promoted = await this.afterCapacityChange(manager, saved, before.capacity);
      return { activity: saved, pending: await this.recordConsequences(manager, saved.status, saved), promoted };
    });
    this.emit(pending);
    this.signUps.emitPromotions(promoted);
    return activity;
  }

  /** Makes a draft public. Publishing twice is harmless; a cancelled activity stays cancelled. */
  async publish(principal: Principal, id: string): Promise<Activity> {
    const current = await this.getManageable(principal, id);
    const organisation = await this.organisations.require(current.organisationId);
    if (organisation.status !== OrganisationStatus.APPROVED) {
      throw new ActivitiesError(
        ActivitiesErrorCode.ORGANISATION_NOT_APPROVED,
        'Your organisation is waiting for approval by an admin; until then activities stay drafts',
      );
    }
    const { activity, pending } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, id);
      if (locked.status === ActivityStatus.CANCELLED) {
        throw new ActivitiesError(ActivitiesErrorCode.ACTIVITY_CANCELLED, 'A cancelled activity cannot be published again');
      }
      if (locked.status === ActivityStatus.PUBLISHED) return { activity: locked, pending: [] as PendingEvent[] };
      locked.status = ActivityStatus.PUBLISHED;
      locked.publishedAt ??= new Date();
      const saved = await manager.getRepository(Activity).save(locked);
      return { activity: saved, pending: await this.recordConsequences(manager, ActivityStatus.DRAFT, saved) };
    });
    this.emit(pending);
    return activity;
  }

  /**
   * Cancels an activity for good. Everyone signed up for a coming date is named in the
   * ActivityCancelled event, so they hear about it. Cancelling twice is harmless.
   */
  async cancel(principal: Principal, id: string, reason?: string | null): Promise<Activity> {
    if (reason && reason.length > 500) throw this.invalid([{ field: 'reason', message: 'reason must be at most 500 characters' }]);
    await this.getManageable(principal, id);
    const { activity, pending } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, id);
      if (locked.status === ActivityStatus.CANCELLED) return { activity: locked, pending: [] as PendingEvent[] };
      locked.status = ActivityStatus.CANCELLED;
      locked.cancelledAt = new Date();
      locked.cancellationReason = reason?.trim() || null;
      const saved = await manager.getRepository(Activity).save(locked);
      await this.outbox.record(manager, { kind: 'activity', id, op: 'delete' });
      const userIds = await this.signUps.upcomingUserIds(manager, id);
      const event = new ActivityCancelled(
        saved.id,
        saved.organisationId,
        saved.wijkCode,
        saved.tags,
        saved.title,
        userIds,
        saved.cancellationReason,
      );
      return { activity: saved, pending: [[ACTIVITY_CANCELLED, event]] as PendingEvent[] };
    });
    this.emit(pending);
    return activity;
  }

  /** Published and cancelled activities are public; drafts only for their organisation and admins. */
  async get(principal: Principal | undefined, id: string): Promise<Activity> {
    if (!isUUID(id)) throw this.notFound();
    const activity = await this.activities.findOneBy({ id });
    if (!activity || (activity.status === ActivityStatus.DRAFT && !this.manages(principal, activity.organisationId))) {
      throw this.notFound();
    }
    return activity;
  }

  /**
   * Activities by first date; the public sees published ones, providers also their own drafts.
   * The organisation and wijk of each come in the same statement (a page needs them: one round
   * trip instead of three); the projection limits the columns read to what the page shows.
   */
  async list(
    principal: Principal | undefined,
    filter: ActivityFilterInput,
    page: { first: number; after?: string },
    projection: ActivityProjection = FULL_PROJECTION,
  ): Promise<ActivityListPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (!isAdmin(principal)) {
      const own = actingOrganisationId(principal);
      where.push(own ? `(a.status = 'PUBLISHED' OR a.organisation_id = ${param(own)})` : `a.status = 'PUBLISHED'`);
    }
    if (filter.status) where.push(`a.status = ${param(filter.status)}`);
    if (filter.wijkCode) where.push(`a.wijk_code = ${param(filter.wijkCode)}`);
    if (filter.organisationId) where.push(`a.organisation_id = ${param(filter.organisationId)}::uuid`);
    if (filter.tags?.length) where.push(`a.tags && ${param(await this.normaliseTags(filter.tags, 'filter.tags'))}::text[]`);
    if (filter.free === true) where.push('a.cost_cents = 0');
    if (filter.free === false) where.push('a.cost_cents > 0');
    if (filter.walkIn != null) where.push(`a.walk_in = ${param(filter.walkIn)}`);
    if (filter.from) where.push(`(a.series_ends_at IS NULL OR a.series_ends_at > ${param(filter.from)})`);
    if (filter.to) where.push(`a.starts_at < ${param(filter.to)}`);
    if (page.after) {
      const [startsAt, id] = decodeCursor(page.after);
      const after = new Date(String(startsAt));
      if (Number.isNaN(after.getTime()) || typeof id !== 'string' || !isUUID(id)) throw this.invalidCursor();
      where.push(`(a.starts_at, a.id) > (${param(after)}, ${param(id)}::uuid)`);
    }
    const rows = await this.pages.read(where, params, page.first + 1, projection);
    const result = toPage(rows, page.first, (row) => [row.activity.startsAt.toISOString(), row.activity.id]);
    const organisations = new Map<string, Organisation>();
    const wijken = new Map<string, Wijk>();
    for (const row of result.nodes) {
      if (row.organisation) organisations.set(row.organisation.id, row.organisation);
      if (row.wijk) wijken.set(row.wijk.code, row.wijk);
    }
    return { nodes: result.nodes.map((row) => row.activity), pageInfo: result.pageInfo, organisations, wijken };
  }

  /**
   * The dates of published activities that start in [from, to), earliest first, at most
   * `first`. The window is at most MAX_WINDOW_DAYS; recurring rules are expanded within it.
   */
  async occurrences(args: {
    from?: Date;
    to?: Date;
    wijkCode?: string;
    organisationId?: string;
    first: number;
  }): Promise<(Occurrence & { activity: Activity })[]> {
    const from = args.from ?? new Date();
    const to = args.to ?? new Date(from.getTime() + 31 * DAY_MS);
    const errors = windowErrors(from, to);
    if (errors.length > 0) throw new ActivitiesError(ActivitiesErrorCode.INVALID_WINDOW, errors[0].message, errors);
    const query = this.activities
      .createQueryBuilder('a')
      .where(`a.status = 'PUBLISHED'`)
      .andWhere('a.starts_at < :to', { to })
      .andWhere('(a.series_ends_at IS NULL OR a.series_ends_at > :from)', { from });
    if (args.wijkCode) query.andWhere('a.wijk_code = :wijkCode', { wijkCode: args.wijkCode });
    if (args.organisationId) query.andWhere('a.organisation_id = :organisationId', { organisationId: args.organisationId });
    const activities = await query.orderBy('a.starts_at', 'ASC').addOrderBy('a.id', 'ASC').take(MAX_ACTIVITIES_PER_WINDOW).getMany();
    const all = activities.flatMap((activity) =>
      occurrencesBetween(activity, from, to, args.first).map((occurrence) => ({ ...occurrence, activity })),
    );
    all.sort((a, b) => a.start.getTime() - b.start.getTime() || a.activity.id.localeCompare(b.activity.id));
    return all.slice(0, args.first);
  }

  /** For loaders: activities by id, without access checks (callers decide what to show). */
  async findByIds(ids: readonly string[]): Promise<Activity[]> {
    const unique = [...new Set(ids)].filter((id) => isUUID(id));
    if (unique.length === 0) return [];
    return this.activities.findBy({ id: In(unique) });
  }

  /** The organisation a caller writes activities for: its own, or (for admins) the one named. */
  organisationFor(principal: Principal, requested?: string | null): string {
    if (isAdmin(principal)) {
      if (!requested) {
        throw this.invalid([{ field: 'organisationId', message: 'admins name the organisation' }]);
      }
      return requested;
    }
    const own = actingOrganisationId(principal);
    if (!own) throw new ActivitiesError(ActivitiesErrorCode.NO_ORGANISATION, 'You are not a member of an organisation');
    if (requested && requested !== own) {
      throw new ActivitiesError(ActivitiesErrorCode.NOT_YOUR_ORGANISATION, 'You may only manage activities of your own organisation');
    }
    return own;
  }

  manages(principal: Principal | undefined, organisationId: string): boolean {
    return isAdmin(principal) || actingOrganisationId(principal) === organisationId;
  }

  /** Tag input (slugs or labels) as slugs; unknown tags are BAD_USER_INPUT naming the field. */
  async normaliseTags(tags: readonly string[] | null | undefined, field = 'tags'): Promise<string[]> {
    if (!tags?.length) return [];
    return this.tags.normalise([...tags], field);
  }

  /**
   * Writes the search outbox row for a write and returns the event to emit after commit.
   * Call inside the write's transaction.
   */
  async recordConsequences(manager: EntityManager, before: ActivityStatus | null, after: Activity): Promise<PendingEvent[]> {
    const { outbox, event } = consequencesOf(before, after);
    if (outbox) await this.outbox.record(manager, { kind: 'activity', id: after.id, op: outbox });
    return event ? [event] : [];
  }

  /** More room (or no limit any more) lets people off the waiting list. Call with the row locked. */
  async afterCapacityChange(manager: EntityManager, activity: Activity, previousCapacity: number | null): Promise<SignUpPromoted[]> {
    const grew = previousCapacity !== null && (activity.capacity === null || activity.capacity > previousCapacity);
    return grew ? this.signUps.fillFreePlaces(manager, activity) : [];
  }

  emit(pending: PendingEvent[]): void {
    for (const [name, event] of pending) this.events.emit(name, event);
  }

  /** A unique-violation on (organisation, externalId) as a CONFLICT naming the field. */
  externalIdTaken(error: unknown): ActivitiesError | undefined {
    const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driverError?.code === '23505' && driverError.constraint === 'activity_external_id_key') {
      return new ActivitiesError(ActivitiesErrorCode.EXTERNAL_ID_TAKEN, 'Your organisation already has an activity with this externalId', [
        { field: 'externalId', message: 'already used by another activity of your organisation' },
      ]);
    }
    return undefined;
  }

  private merge(
    before: ActivityContent,
    input: UpdateActivityInput,
    schedule: ReturnType<typeof crossFieldErrors>['schedule'],
    tags: string[] | undefined,
  ): ActivityContent {
    const next = { ...before };
    if (input.title != null) next.title = input.title.trim();
    if (input.description !== undefined) next.description = (input.description ?? '').replace(/\r\n?/g, '\n').trim();
    if (tags) next.tags = [...new Set(tags)];
    if (input.wijkCode != null) next.wijkCode = input.wijkCode;
    if (input.location) {
      const hasPoint = input.location.latitude != null && input.location.longitude != null;
      next.locationName = input.location.name.trim();
      next.locationAddress = input.location.addressLine?.trim() || null;
      next.latitude = hasPoint ? input.location.latitude! : null;
      next.longitude = hasPoint ? input.location.longitude! : null;
    }
    if (schedule) {
      Object.assign(next, {
        startsAt: schedule.startsAt,
        endsAt: schedule.endsAt,
        rrule: schedule.rrule,
        durationMinutes: schedule.durationMinutes,
        until: schedule.until,
        seriesEndsAt: schedule.seriesEndsAt,
      });
    }
    if (input.capacity !== undefined) next.capacity = input.capacity ?? null;
    if (input.costCents != null) next.costCents = input.costCents;
    if (input.audience?.length) next.audience = [...new Set(input.audience)];
    if (input.languages?.length) next.languages = [...new Set(input.languages)];
    if (input.accessibility) next.accessibility = [...new Set(input.accessibility)];
    if (input.walkIn != null) next.walkIn = input.walkIn;
    return next;
  }

  /** The activity when the caller runs it; a draft of another organisation is NOT_FOUND, anything else of theirs FORBIDDEN. */
  async getManageable(principal: Principal, id: string): Promise<Activity> {
    if (!isUUID(id)) throw this.notFound();
    const activity = await this.activities.findOneBy({ id });
    if (!activity) throw this.notFound();
    if (!this.manages(principal, activity.organisationId)) {
      // A draft is hidden from other organisations (see `get`); a FORBIDDEN here would tell them it exists.
      if (activity.status === ActivityStatus.DRAFT) throw this.notFound();
      throw new ActivitiesError(ActivitiesErrorCode.NOT_YOUR_ORGANISATION, 'You may only manage activities of your own organisation');
    }
    return activity;
  }

  private async lock(manager: EntityManager, id: string): Promise<Activity> {
    const activity = await manager.getRepository(Activity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!activity) throw this.notFound();
    return activity;
  }

  private invalid(fields: FieldError[]): ActivitiesError {
    const names = [...new Set(fields.map((f) => f.field))].join(', ');
    return new ActivitiesError(ActivitiesErrorCode.INVALID_ACTIVITY, `Invalid input: ${names}`, fields);
  }

  private invalidCursor(): CoreError {
    return new CoreError(CoreErrorCode.INVALID_CURSOR, 'The cursor is not valid', [{ field: 'after', message: 'invalid cursor' }]);
  }

  private notFound(): ActivitiesError {
    return new ActivitiesError(ActivitiesErrorCode.ACTIVITY_NOT_FOUND, 'No such activity');
  }
}
