import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal, Role, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService, decodeCursor, type Page, toPage } from '@buurtbrug/core';
import type { HomeVisitRecorded } from '@buurtbrug/residents';
import { toPostcode4, WijkenService, type Wijk } from '@buurtbrug/wijken';
import type { DataSource, EntityManager } from 'typeorm';
import type { FileSignalInput } from './dto/file-signal.input.js';
import type { SignalsFilterInput } from './dto/signals.args.js';
import type { TriageSignalInput } from './dto/triage-signal.input.js';
import { type Signal, signalFromRow, type SignalRow, type SignalTriageStep } from './signal.entity.js';
import { assertSignalTransition, canTransitionSignal, isClosedSignalStatus } from './signal-lifecycle.js';
import { SignalSource, SignalStatus } from './signal-status.enum.js';
import { SignalNotifier } from './signal-notifier.js';
import { SignalThrottle } from './signal-throttle.js';
import { SIGNAL_SUBJECT, SignalAuditAction } from './signals.audit.js';
import { SignalsError, SignalsErrorCode } from './signals.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SignalReceipt {
  reference: string;
  wijkCode: string;
  wijkName: string;
}

export interface SignalDetail {
  signal: Signal;
  history: SignalTriageStep[];
}

/** Who files: the public form (anyone, signed in as a resident or not) or a partner in their role. */
function sourceOf(caller: Principal | undefined): SignalSource {
  if (!caller) return SignalSource.PUBLIC;
  if (caller.kind === 'token') return SignalSource.PROVIDER;
  switch (caller.role) {
    case Role.PROVIDER:
      return SignalSource.PROVIDER;
    case Role.SOCIAL_WORKER:
      return SignalSource.SOCIAL_WORKER;
    case Role.ADMIN:
      return SignalSource.ADMIN;
    default:
      return SignalSource.PUBLIC;
  }
}

/** Who reads the signals of a wijk: its social workers, and admins for every wijk. */
export function mayReadSignalsOf(principal: UserPrincipal, wijkCode: string): boolean {
  return principal.role === Role.ADMIN || (principal.role === Role.SOCIAL_WORKER && principal.wijkCodes.includes(wijkCode));
}

function clean(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Signals (signalering): filed by anyone, read and triaged only by the social workers of the
 * wijk and admins. Every read is audited as one `SIGNAL_READ` entry per signal shown (list or
 * detail alike), written in the same transaction as the read: "who saw signal X" is then one
 * filter on the subject, and nothing is shown that was not logged.
 */
@Injectable()
export class SignalService {
  private readonly logger = new Logger(SignalService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wijken: WijkenService,
    private readonly audit: AuditService,
    private readonly throttle: SignalThrottle,
    private readonly notifier: SignalNotifier,
  ) {}

  /**
   * Stores the signal for the wijk's social workers and, once committed, tells their open signal
   * pages that one came in (`signalFiled`). The answer is the same whoever the signal is about:
   * nothing is looked up about the person, and nothing of the input is echoed.
   */
  async file(caller: Principal | undefined, ip: string, input: FileSignalInput): Promise<SignalReceipt> {
    const source = sourceOf(caller);
    const filedBy = caller?.kind === 'user' ? caller.userId : null;
    const howToReach = clean(input.howToReach);
    const concern = clean(input.concern);
    const fields = [
      ...(howToReach ? [] : [{ field: 'howToReach', message: 'say how the person can be reached' }]),
      ...(concern ? [] : [{ field: 'concern', message: 'say what you noticed' }]),
    ];
    if (fields.length > 0) throw new SignalsError(SignalsErrorCode.INVALID_INPUT, 'Invalid input: ' + fields.map((f) => f.field).join(', '), fields);
    const wijk = await this.wijkOf(input);
    await this.throttle.consume(source === SignalSource.PUBLIC ? { ip } : { accountId: caller?.kind === 'token' ? `token:${caller.tokenId}` : filedBy! });
    const { id, status, createdAt } = await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO signal (wijk_code, filed_by, source, how_to_reach, concern, person_aware, reporter_contact)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, status, created_at`,
        [wijk.code, filedBy, source, howToReach, concern, input.personAware, clean(input.reporterContact)],
      )) as { id: string; status: SignalStatus; created_at: Date }[];
      await this.audit.record(
        { actorId: filedBy, action: SignalAuditAction.FILED, subjectType: SIGNAL_SUBJECT, subjectId: row.id, wijkCode: wijk.code, details: { source } },
        manager,
      );
      return { id: row.id, status: row.status, createdAt: row.created_at };
    });
    // Not awaited: a Redis that is away must not hold up a worried neighbour's form.
    void this.notifier.filed({ signalId: id, wijkCode: wijk.code, wijkName: wijk.name, status, createdAt: createdAt.toISOString() });
    return { reference: id.slice(0, 8).toUpperCase(), wijkCode: wijk.code, wijkName: wijk.name };
  }

  private async wijkOf(input: FileSignalInput): Promise<Wijk> {
    if (input.wijkCode) {
      await this.wijken.assertExists([input.wijkCode], 'wijkCode');
      return this.wijken.get(input.wijkCode);
    }
    const postcode = input.postcode ? toPostcode4(input.postcode) : null;
    const wijk = postcode ? await this.wijken.wijkForPostcode(postcode) : null;
    if (!wijk) {
      throw new SignalsError(SignalsErrorCode.UNKNOWN_POSTCODE, 'This postcode is not in any wijk we know; choose the wijk', [
        { field: 'postcode', message: 'no wijk found for this postcode; choose a wijk instead' },
      ]);
    }
    return wijk;
  }

  /** The wijken a reader may see: a social worker's own (or one of them), for an admin any or all (null). */
  private readableWijken(principal: UserPrincipal, wijkCode?: string | null): string[] | null {
    if (principal.role === Role.ADMIN) return wijkCode ? [wijkCode] : null;
    if (principal.role !== Role.SOCIAL_WORKER) throw new SignalsError(SignalsErrorCode.NOT_ALLOWED, 'Only the wijk’s social workers and admins read signals');
    if (!wijkCode) return principal.wijkCodes;
    if (!principal.wijkCodes.includes(wijkCode)) {
      throw new SignalsError(SignalsErrorCode.NOT_YOUR_WIJK, `You do not work for wijk ${wijkCode}`, [{ field: 'filter.wijkCode', message: 'not one of your wijken' }]);
    }
    return [wijkCode];
  }

  /** Newest first; each signal on the page is audited as read. */
  async list(principal: UserPrincipal, filter: SignalsFilterInput | null | undefined, first: number, after?: string): Promise<Page<Signal>> {
    const wijken = this.readableWijken(principal, filter?.wijkCode);
    if (wijken && wijken.length === 0) return toPage([], first, () => []);
    let cursor: [string, string] | null = null;
    if (after) {
      const [at, id] = decodeCursor(after);
      if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !UUID.test(id)) {
        throw new SignalsError(SignalsErrorCode.INVALID_INPUT, 'The cursor is not valid', [{ field: 'after', message: 'invalid cursor' }]);
      }
      cursor = [at, id];
    }
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT * FROM signal
          WHERE ($1::text[] IS NULL OR wijk_code = ANY($1))
            AND ($2::text IS NULL OR status = $2)
            AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
          ORDER BY created_at DESC, id DESC
          LIMIT $5`,
        [wijken, filter?.status ?? null, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
      )) as SignalRow[];
      const page = toPage(rows.map(signalFromRow), first, (s) => [s.createdAt.toISOString(), s.id]);
      for (const signal of page.nodes) await this.recordRead(manager, principal, signal, 'LIST');
      return page;
    });
  }

  /** One signal with its triage history. Outside the reader's wijken it does not exist (NOT_FOUND). */
  async get(principal: UserPrincipal, id: string): Promise<SignalDetail> {
    return this.dataSource.transaction(async (manager) => {
      const signal = await this.findReadable(manager, principal, id, false);
      await this.recordRead(manager, principal, signal, 'DETAIL');
      return { signal, history: await this.history(manager, id) };
    });
  }

  /**
   * The next step on a signal. The row is locked while the step is checked and written, so two
   * social workers at once are served one after the other: the second sees the first one's status
   * and gets CONFLICT (the transition is no longer allowed, or not the status they saw).
   */
  async triage(principal: UserPrincipal, input: TriageSignalInput): Promise<SignalDetail> {
    if (principal.role !== Role.SOCIAL_WORKER) throw new SignalsError(SignalsErrorCode.NOT_ALLOWED, 'Only the wijk’s social workers triage signals');
    return this.dataSource.transaction(async (manager) => {
      const current = await this.findReadable(manager, principal, input.id, true);
      if (input.expectedStatus && input.expectedStatus !== current.status) {
        throw new SignalsError(SignalsErrorCode.SIGNAL_CHANGED, `Someone else changed this signal: it is ${current.status} now`, [
          { field: 'status', message: `the signal is ${current.status} now` },
        ]);
      }
      assertSignalTransition(current.status, input.status);
      const signal = await this.step(manager, current, input.status, clean(input.note), principal.userId, null);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: SignalAuditAction.TRIAGED,
          subjectType: SIGNAL_SUBJECT,
          subjectId: signal.id,
          wijkCode: signal.wijkCode,
          details: { from: current.status, to: signal.status, withNote: !!clean(input.note) },
        },
        manager,
      );
      return { signal, history: await this.history(manager, signal.id) };
    });
  }

  /**
   * A home visit answered a signal: it becomes INTAKE_DONE and names the resident registered at
   * the visit. Only a visitor who works for the signal's wijk closes it; anything else (unknown,
   * already closed, another wijk) leaves the signal as it is. Returns whether it changed.
   */
  async recordIntake(event: HomeVisitRecorded): Promise<boolean> {
    if (!event.signalId || !UUID.test(event.signalId)) return false;
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(`SELECT * FROM signal WHERE id = $1 FOR UPDATE`, [event.signalId])) as SignalRow[];
      if (!row || !event.visitorWijkCodes.includes(row.wijk_code) || !canTransitionSignal(row.status, SignalStatus.INTAKE_DONE)) {
        this.logger.warn(`home visit ${event.homeVisitId}: signal ${event.signalId} not closed (unknown, another wijk or already closed)`);
        return false;
      }
      const signal = await this.step(manager, signalFromRow(row), SignalStatus.INTAKE_DONE, null, event.visitedBy, event.residentId);
      await this.audit.record(
        {
          actorId: event.visitedBy,
          action: SignalAuditAction.INTAKE_RECORDED,
          subjectType: SIGNAL_SUBJECT,
          subjectId: signal.id,
          wijkCode: signal.wijkCode,
          details: { from: row.status, homeVisitId: event.homeVisitId, residentId: event.residentId },
        },
        manager,
      );
      return true;
    });
  }

  private async step(manager: EntityManager, current: Signal, to: SignalStatus, note: string | null, by: string, intakeResidentId: string | null): Promise<Signal> {
    const [updated] = (await manager.query(
      `UPDATE signal SET status = $2, triage_note = COALESCE($3, triage_note), triaged_by = $4,
              triaged_at = date_trunc('milliseconds', clock_timestamp()),
              closed_at = CASE WHEN $5 THEN date_trunc('milliseconds', clock_timestamp()) END,
              intake_resident_id = COALESCE($6, intake_resident_id),
              updated_at = date_trunc('milliseconds', clock_timestamp())
        WHERE id = $1 AND status = $7
        RETURNING *`,
      [current.id, to, note, by, isClosedSignalStatus(to), intakeResidentId, current.status],
    )) as [SignalRow[], number];
    const row = updated[0];
    if (!row) throw new SignalsError(SignalsErrorCode.SIGNAL_CHANGED, 'Someone else changed this signal; reload it');
    await manager.query(`INSERT INTO signal_triage (signal_id, from_status, to_status, note, triaged_by) VALUES ($1, $2, $3, $4, $5)`, [
      current.id,
      current.status,
      to,
      note,
      by,
    ]);
    return signalFromRow(row);
  }

  private async findReadable(manager: EntityManager, principal: UserPrincipal, id: string, lock: boolean): Promise<Signal> {
    const notFound = () => new SignalsError(SignalsErrorCode.SIGNAL_NOT_FOUND, 'No such signal');
    if (principal.role !== Role.ADMIN && principal.role !== Role.SOCIAL_WORKER) {
      throw new SignalsError(SignalsErrorCode.NOT_ALLOWED, 'Only the wijk’s social workers and admins read signals');
    }
    if (!UUID.test(id)) throw notFound();
    const [row] = (await manager.query(`SELECT * FROM signal WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id])) as SignalRow[];
    if (!row || !mayReadSignalsOf(principal, row.wijk_code)) throw notFound();
    return signalFromRow(row);
  }

  private async history(manager: EntityManager, id: string): Promise<SignalTriageStep[]> {
    const rows = (await manager.query(
      `SELECT from_status, to_status, note, triaged_by, triaged_at FROM signal_triage WHERE signal_id = $1 ORDER BY triaged_at, id`,
      [id],
    )) as { from_status: SignalStatus; to_status: SignalStatus; note: string | null; triaged_by: string | null; triaged_at: Date }[];
    return rows.map((r) => ({ fromStatus: r.from_status, toStatus: r.to_status, note: r.note, triagedBy: r.triaged_by, triagedAt: r.triaged_at }));
  }

  private recordRead(manager: EntityManager, principal: UserPrincipal, signal: Signal, via: 'LIST' | 'DETAIL') {
    return this.audit.record(
      {
        actorId: principal.userId,
        action: SignalAuditAction.READ,
        subjectType: SIGNAL_SUBJECT,
        subjectId: signal.id,
        wijkCode: signal.wijkCode,
        details: { via, role: principal.role },
      },
      manager,
    );
  }

  /**
   * The legal rule: deleted six months after filing unless it led to an intake. Only the number
   * is audited, never what was deleted.
   */
  async deleteExpired(now: Date = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [, deleted] = (await manager.query(
        `DELETE FROM signal WHERE status <> '${SignalStatus.INTAKE_DONE}' AND created_at < ($1::timestamptz - interval '6 months')`,
        [now],
      )) as [unknown, number];
      await this.audit.record(
        { actorId: null, action: SignalAuditAction.RETENTION_DELETED, subjectType: SIGNAL_SUBJECT, subjectId: 'retention', details: { deleted } },
        manager,
      );
      return deleted;
    });
  }
}
