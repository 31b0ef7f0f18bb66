import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@buurtbrug/auth';
import { DomainError, type FieldError } from '@buurtbrug/core';
import { OrganisationsService, OrganisationStatus } from '@buurtbrug/organisations';
import { WijkenService } from '@buurtbrug/wijken';
import { DataSource, type EntityManager } from 'typeorm';
import { type ActivityContent, contentFrom, contentOf } from './activity-content.js';
import { validateActivityItem } from './activity-input.validator.js';
import { ActivityStatus, UpsertOutcome } from './activity.enums.js';
import { Activity } from './activity.entity.js';
import type { SignUpPromoted } from './activity.events.js';
import { ActivitiesService, type PendingEvent, sameContent } from './activity.service.js';
import { ActivitiesError, ActivitiesErrorCode } from './activities.errors.js';
import type { ActivityItemInput } from './dto/activity-item.input.js';
import { SignUpService } from './sign-up.service.js';

export const MAX_UPSERT_ITEMS = 500;

export interface UpsertItemResult {
  index: number;
  externalId: string;
  activityId: string;
  outcome: UpsertOutcome;
}

export interface UpsertItemError {
  index: number;
  externalId: string | null;
  fields: FieldError[];
}

export interface UpsertReport {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  items: UpsertItemResult[];
  errors: UpsertItemError[];
}

/** An item that passed validation, ready to be written. */
interface PreparedItem {
  index: number;
  externalId: string;
  status: ActivityStatus.PUBLISHED | ActivityStatus.DRAFT;
  content: ActivityContent;
}

/** Thrown inside an item's savepoint to refuse just that item. */
class ItemRefused extends Error {
  constructor(readonly fields: FieldError[]) {
    super('item refused');
  }
}

/**
 * The provider API: a batch of activities keyed by (organisation, externalId). Each item is
 * validated on its own and written in its own savepoint, so a bad item is reported and skipped
 * while the others are stored, and no item is ever half-written. An item equal to what is
 * stored writes nothing at all: sending the same batch twice changes nothing.
 */
@Injectable()
export class ActivityUpsertService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesService,
    private readonly organisations: OrganisationsService,
    private readonly wijken: WijkenService,
    private readonly signUps: SignUpService,
  ) {}

  async upsert(principal: Principal, rawItems: readonly unknown[], requestedOrganisation?: string | null): Promise<UpsertReport> {
    if (rawItems.length > MAX_UPSERT_ITEMS) {
      throw new ActivitiesError(ActivitiesErrorCode.TOO_MANY_ITEMS, `Send at most ${MAX_UPSERT_ITEMS} items per request`, [
        { field: 'items', message: `at most ${MAX_UPSERT_ITEMS} items (got ${rawItems.length}); split the batch` },
      ]);
    }
    const organisationId = this.activities.organisationFor(principal, requestedOrganisation);
    const organisation = await this.organisations.require(organisationId);
    if (organisation.status !== OrganisationStatus.APPROVED) {
      throw new ActivitiesError(
        ActivitiesErrorCode.ORGANISATION_NOT_APPROVED,
        'Your organisation is waiting for approval by an admin; the provider API opens after that',
      );
    }

    const errors: UpsertItemError[] = [];
    const prepared = await this.prepare(rawItems, errors);
    const items: UpsertItemResult[] = [];
    const pending: PendingEvent[] = [];
    const promoted: SignUpPromoted[] = [];
    const createdBy = principal.kind === 'user' ? principal.userId : null;

    await this.dataSource.transaction(async (manager) => {
      for (const item of prepared) {
        await manager.query('SAVEPOINT activity_item');
        try {
          const written = await this.write(manager, organisationId, item, createdBy);
          await manager.query('RELEASE SAVEPOINT activity_item');
          items.push({ index: item.index, externalId: item.externalId, activityId: written.activityId, outcome: written.outcome });
          pending.push(...written.pending);
          promoted.push(...written.promoted);
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT activity_item');
          const fields = this.refusal(error);
          if (!fields) throw error;
          errors.push({ index: item.index, externalId: item.externalId, fields });
        }
      }
    });
    this.activities.emit(pending);
    this.signUps.emitPromotions(promoted);

    errors.sort((a, b) => a.index - b.index);
    const count = (outcome: UpsertOutcome) => items.filter((i) => i.outcome === outcome).length;
    return {
      created: count(UpsertOutcome.CREATED),
      updated: count(UpsertOutcome.UPDATED),
      unchanged: count(UpsertOutcome.UNCHANGED),
      failed: errors.length,
      items,
      errors,
    };
  }

  /** Validates every item; the wijk codes of the whole batch are checked in one query. */
  private async prepare(rawItems: readonly unknown[], errors: UpsertItemError[]): Promise<PreparedItem[]> {
    const checked = await Promise.all(rawItems.map((raw) => validateActivityItem(raw)));
    const codes = [...new Set(checked.flatMap(({ item }) => (typeof item.wijkCode === 'string' ? [item.wijkCode] : [])))];
    const knownWijken = new Set((await this.wijken.findByCodes(codes)).map((w) => w.code));
    const seen = new Map<string, number>();
    // Items of one batch mostly share their tag lists: normalise each distinct list once.
    const tagLists = new Map<string, Promise<string[]>>();
    const prepared: PreparedItem[] = [];
    for (const [index, { item, schedule, errors: fieldErrors }] of checked.entries()) {
      const fields = [...fieldErrors];
      const externalId = typeof item.externalId === 'string' ? item.externalId.trim() : null;
      if (externalId) {
        const first = seen.get(externalId);
        if (first !== undefined) fields.push({ field: 'externalId', message: `the same externalId as item ${first}` });
        else seen.set(externalId, index);
      }
      if (typeof item.wijkCode === 'string' && /^WK\d{6}$/.test(item.wijkCode) && !knownWijken.has(item.wijkCode)) {
        fields.push({ field: 'wijkCode', message: `unknown wijk ${item.wijkCode}` });
      }
      let tags: string[] = [];
      if (!fields.some((f) => f.field === 'tags')) {
        try {
          const key = JSON.stringify(item.tags ?? []);
          if (!tagLists.has(key)) tagLists.set(key, this.activities.normaliseTags(item.tags, 'tags'));
          tags = await tagLists.get(key)!;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          fields.push(...(error.fields ?? [{ field: 'tags', message: error.message }]));
        }
      }
      if (fields.length > 0 || !schedule || !externalId) {
        errors.push({ index, externalId, fields });
        continue;
      }
      prepared.push({ index, externalId, status: this.statusOf(item), content: contentFrom(item, schedule, tags) });
    }
    return prepared;
  }

  private statusOf(item: ActivityItemInput): ActivityStatus.PUBLISHED | ActivityStatus.DRAFT {
    return item.status === ActivityStatus.DRAFT ? ActivityStatus.DRAFT : ActivityStatus.PUBLISHED;
  }

  /** Writes one item inside its savepoint: insert, update, or nothing when it is unchanged. */
  private async write(
    manager: EntityManager,
    organisationId: string,
    item: PreparedItem,
    createdBy: string | null,
  ): Promise<{ activityId: string; outcome: UpsertOutcome; pending: PendingEvent[]; promoted: SignUpPromoted[] }> {
    const repository = manager.getRepository(Activity);
    const existing = await repository.findOne({
      where: { organisationId, externalId: item.externalId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!existing) {
      const created = await repository.save(
        repository.create({
          ...item.content,
          organisationId,
          externalId: item.externalId,
          status: item.status,
          publishedAt: item.status === ActivityStatus.PUBLISHED ? new Date() : null,
          createdBy,
        }),
      );
      const pending = await this.activities.recordConsequences(manager, null, created);
      return { activityId: created.id, outcome: UpsertOutcome.CREATED, pending, promoted: [] };
    }
    if (existing.status === ActivityStatus.CANCELLED) {
      throw new ItemRefused([{ field: 'externalId', message: 'this activity was cancelled; send it with a new externalId' }]);
    }
    const before = contentOf(existing);
    if (sameContent(before, item.content) && existing.status === item.status) {
      return { activityId: existing.id, outcome: UpsertOutcome.UNCHANGED, pending: [], promoted: [] };
    }
    const previousStatus = existing.status;
    Object.assign(existing, item.content, { status: item.status });
    if (item.status === ActivityStatus.PUBLISHED) existing.publishedAt ??= new Date();
    const saved = await repository.save(existing);
    const pending = await this.activities.recordConsequences(manager, previousStatus, saved);
    const promoted = await this.activities.afterCapacityChange(manager, saved, before.capacity);
    return { activityId: saved.id, outcome: UpsertOutcome.UPDATED, pending, promoted };
  }

  /** The per-item error for a failure we expect; undefined for anything else (which aborts). */
  private refusal(error: unknown): FieldError[] | undefined {
    if (error instanceof ItemRefused) return error.fields;
    if (error instanceof DomainError) return error.fields ?? [{ field: 'item', message: error.message }];
    const taken = this.activities.externalIdTaken(error);
    if (taken) return [{ field: 'externalId', message: 'another request is writing this externalId right now; send it again' }];
    const code = (error as { driverError?: { code?: string } }).driverError?.code;
    if (code === '23503') return [{ field: 'wijkCode', message: 'refers to something that no longer exists' }];
    if (code === '23514') return [{ field: 'item', message: 'violates a rule of the activity table' }];
    return undefined;
  }
}
