import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CoreError, CoreErrorCode } from '../errors/core.errors.js';
import { decodeCursor, type Page, toPage } from '../pagination/pagination.js';

/** A detail value: ids, codes, counts and flags only — never a name, an email address or free text. */
export type AuditDetailValue = string | number | boolean | null;

export interface AuditRecord {
  /** Who did it (an account id, kept as an opaque id after that account is erased); null for the system. */
  actorId: string | null;
  /** What happened, in SCREAMING_SNAKE_CASE, e.g. `RESIDENT_PROFILE_OPENED`. */
  action: string;
  /** What kind of thing it happened to, e.g. `resident`. */
  subjectType: string;
  subjectId: string;
  /** The wijk the subject belonged to, so an audit can be read per wijk. */
  wijkCode?: string | null;
  details?: Record<string, AuditDetailValue>;
}

export interface AuditEntry {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  wijkCode: string | null;
  details: Record<string, AuditDetailValue>;
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  subjectId?: string;
  /** Inclusive lower bound of `occurredAt`. */
  from?: Date;
  /** Exclusive upper bound of `occurredAt`. */
  to?: Date;
}

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  wijk_code: string | null;
  details: Record<string, AuditDetailValue> | null;
}

const ACTION = /^[A-Z][A-Z0-9_]{1,79}$/;
const COLUMNS = 'id, occurred_at, actor_id, action, subject_type, subject_id, wijk_code, details';

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    wijkCode: row.wijk_code,
    details: row.details ?? {},
  };
}

/**
 * The audit log of sensitive actions (DESIGN.md "Security and privacy"). Pass the transaction's
 * EntityManager to `record` so the entry commits or rolls back together with the action it
 * describes: an action without its entry, or an entry for an action that never happened, would
 * make the log worthless.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<AuditEntry> {
    // A malformed action is a programming error; failing loudly keeps the log filterable.
    if (!ACTION.test(entry.action)) throw new Error(`Audit action must be SCREAMING_SNAKE_CASE: ${entry.action}`);
    const rows = (await (manager ?? this.dataSource.manager).query(
      `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, wijk_code, details)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       RETURNING ${COLUMNS}`,
      [entry.actorId, entry.action, entry.subjectType, entry.subjectId, entry.wijkCode ?? null, JSON.stringify(entry.details ?? {})],
    )) as AuditRow[];
    return toEntry(rows[0]);
  }

  /** Newest first, keyset-paginated on the entry id. */
  async page(filter: AuditFilter, first: number, after?: string): Promise<Page<AuditEntry>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.action) add('action = ?', filter.action);
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.subjectId) add('subject_id = ?', filter.subjectId);
    if (filter.from) add('occurred_at >= ?', filter.from);
    if (filter.to) add('occurred_at < ?', filter.to);
    if (after) {
      const [id] = decodeCursor(after);
      if (!/^\d{1,19}$/.test(String(id))) {
        throw new CoreError(CoreErrorCode.INVALID_CURSOR, 'The cursor is not valid', [{ field: 'after', message: 'invalid cursor' }]);
      }
      add('id < ?', String(id));
    }
    params.push(first + 1);
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit_log
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT $${params.length}`,
      params,
    )) as AuditRow[];
    return toPage(rows.map(toEntry), first, (entry) => [entry.id]);
  }

  /** Every entry in which this id is the actor or the subject, oldest first (for a data export). */
  async involving(id: string, manager?: EntityManager): Promise<AuditEntry[]> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT ${COLUMNS} FROM audit_log WHERE subject_id = $1 OR actor_id::text = $1 ORDER BY id`,
      [id],
    )) as AuditRow[];
    return rows.map(toEntry);
  }
}
