import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The kinds of searchable things (DESIGN.md "Search"). */
export type SearchableKind = 'activity' | 'organisation' | 'post';

export interface OutboxEntry {
  kind: SearchableKind;
  id: string;
  /** `upsert` re-reads the row from PostgreSQL when drained; `delete` removes the document. */
  op: 'upsert' | 'delete';
}

/**
 * Every write that changes a searchable thing adds an outbox row *in the same transaction*
 * (pass the transaction's EntityManager), so a Meilisearch outage loses nothing: the search
 * library drains the outbox into the index when it can.
 */
@Injectable()
export class SearchOutbox {
  async record(manager: EntityManager, entries: OutboxEntry | OutboxEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    const values: string[] = [];
    const params: string[] = [];
    list.forEach((entry, i) => {
      values.push(`($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`);
      params.push(entry.kind, entry.id, entry.op);
    });
    await manager.query(`INSERT INTO search_outbox (kind, entity_id, op) VALUES ${values.join(', ')}`, params);
  }
}
