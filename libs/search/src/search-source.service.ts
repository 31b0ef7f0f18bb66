import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SearchableKind } from '@buurtbrug/core';
import { DataSource } from 'typeorm';
import {
  type ActivitySource,
  activityDocument,
  type OccurrenceMemo,
  type OrganisationSource,
  organisationDocument,
  type PostSource,
  postDocument,
  type SearchDocument,
} from './search-documents.js';
import { SearchReferenceData } from './search-reference.service.js';

/*
 * The search index is a read model of three other libraries' tables. It is built with plain
 * SQL over exactly the public columns (never author_id, created_by, contact fields or anything of
 * resident profiles), because a reindex reads hundreds of thousands of rows and the libraries'
 * services page and check access per caller, which an indexer has no use for.
 */

const ACTIVITY_COLUMNS = `
  a.id, a.status, a.title, a.description, a.tags, a.wijk_code AS "wijkCode",
  a.organisation_id AS "organisationId", o.name AS "organisationName", a.location_name AS "locationName",
  a.latitude, a.longitude, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.rrule,
  a.duration_minutes AS "durationMinutes", a.until, a.cost_cents AS "costCents", a.audience, a.languages,
  a.accessibility, a.walk_in AS "walkIn"`;

const ORGANISATION_COLUMNS = `o.id, o.status, o.name, o.kind, o.description, o.wijk_codes AS "wijkCodes", o.website`;

const POST_COLUMNS = `p.id, p.status, p.kind, p.title, p.text, p.tags, p.wijk_code AS "wijkCode",
  p.expires_at AS "expiresAt", p.created_at AS "createdAt"`;

/** Which rows of a kind can have a document at all: the reindex reads only these. */
const CANDIDATES: Record<SearchableKind, { from: string; where: string; columns: string }> = {
  activity: {
    columns: ACTIVITY_COLUMNS,
    from: 'activity a JOIN organisation o ON o.id = a.organisation_id',
    where: `a.status = 'PUBLISHED' AND (a.series_ends_at IS NULL OR a.series_ends_at > now())`,
  },
  organisation: { columns: ORGANISATION_COLUMNS, from: 'organisation o', where: `o.status = 'APPROVED'` },
  post: { columns: POST_COLUMNS, from: 'post p', where: `p.status = 'OPEN' AND p.expires_at > now()` },
};

const ALIAS: Record<SearchableKind, string> = { activity: 'a', organisation: 'o', post: 'p' };

@Injectable()
export class SearchDocumentSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: SearchReferenceData,
  ) {}

  /**
   * The current document of each entity, or null where there must be none (gone, draft,
   * cancelled, closed, expired, not approved). `now` decides what still counts as upcoming.
   */
  async documentsFor(kind: SearchableKind, ids: readonly string[], now = new Date()): Promise<Map<string, SearchDocument | null>> {
    const result = new Map<string, SearchDocument | null>(ids.map((id) => [id, null]));
    if (ids.length === 0) return result;
    const { columns, from } = CANDIDATES[kind];
    const rows = (await this.dataSource.query(`SELECT ${columns} FROM ${from} WHERE ${ALIAS[kind]}.id = ANY($1::uuid[])`, [ids])) as unknown[];
    for (const document of await this.toDocuments(kind, rows, now)) result.set(document.id, document);
    return result;
  }

  /** How many rows a reindex will read (for its progress bar). */
  async countCandidates(kind: SearchableKind): Promise<number> {
    const { from, where } = CANDIDATES[kind];
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`)) as { n: number }[];
    return n;
  }

  /**
   * Every document of a kind, in batches by id (keyset, so each batch is one index scan no matter
   * how far in). `read` is how many rows a batch covered, documents may be fewer.
   */
  async *allDocuments(kind: SearchableKind, batchSize = 5_000, now = new Date()): AsyncGenerator<{ documents: SearchDocument[]; read: number }> {
    const { columns, from, where } = CANDIDATES[kind];
    const alias = ALIAS[kind];
    const memo: OccurrenceMemo = new Map();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT ${columns} FROM ${from} WHERE ${where} AND ${alias}.id > $1 ORDER BY ${alias}.id LIMIT $2`,
        [after, batchSize],
      )) as { id: string }[];
      if (rows.length === 0) return;
      after = rows[rows.length - 1].id;
      yield { documents: await this.toDocuments(kind, rows, now, memo), read: rows.length };
      if (rows.length < batchSize) return;
    }
  }

  private async toDocuments(kind: SearchableKind, rows: unknown[], now: Date, memo?: OccurrenceMemo): Promise<SearchDocument[]> {
    const reference = await this.reference.get();
    const documents: (SearchDocument | null)[] = rows.map((row) => {
      switch (kind) {
        case 'activity':
          return activityDocument(row as ActivitySource, reference, now, memo);
        case 'organisation':
          return organisationDocument(row as OrganisationSource, reference);
        case 'post':
          return postDocument(row as PostSource, reference, now);
      }
    });
    return documents.filter((document): document is SearchDocument => document !== null);
  }
}
