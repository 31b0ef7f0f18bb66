import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Organisation } from '@buurtbrug/organisations';
import { Wijk } from '@buurtbrug/wijken';
import { DataSource, type EntityMetadata, type EntityTarget } from 'typeorm';
import { Activity } from './activity.entity.js';
import { type ActivityProjection, FULL_PROJECTION } from './activity-projection.js';

/** One table of the page query: its alias, and how its columns come back. */
interface Part<T> {
  metadata: EntityMetadata;
  /** `"a"."title" AS "a__title", …` for all columns. */
  select: string;
  /** The same for some properties only, built once per set of properties. */
  selectOf(properties: Set<string>): string;
  hydrate(row: Record<string, unknown>): T | null;
}

export interface PageRow {
  activity: Activity;
  organisation: Organisation | null;
  wijk: Wijk | null;
}

/**
 * Reads a page of activities with their organisation and wijk in one SQL statement, and turns
 * the rows into entities by the entities' own column metadata. The list is the busiest query of
 * the app: the select list is built once, not per request as a query builder would.
 */
@Injectable()
export class ActivityPageReader {
  private parts?: { activity: Part<Activity>; organisation: Part<Organisation>; wijk: Part<Wijk> };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `where` uses `a` for the activity; `params` are its $n values. Rows come by (starts_at, id).
   * The projection says which activity columns to read and whether to join the organisation and wijk.
   */
  async read(where: string[], params: unknown[], limit: number, projection: ActivityProjection = FULL_PROJECTION): Promise<PageRow[]> {
    const parts = (this.parts ??= {
      activity: this.part(Activity, 'a'),
      organisation: this.part(Organisation, 'o'),
      wijk: this.part(Wijk, 'w'),
    });
    const select = [projection.properties ? parts.activity.selectOf(projection.properties) : parts.activity.select];
    const joins: string[] = [];
    if (projection.organisation) {
      select.push(projection.organisationProperties ? parts.organisation.selectOf(projection.organisationProperties) : parts.organisation.select);
      joins.push('LEFT JOIN organisation o ON o.id = a.organisation_id');
    }
    if (projection.wijk) {
      select.push(parts.wijk.select);
      joins.push('LEFT JOIN wijk w ON w.code = a.wijk_code');
    }
    const rows = (await this.dataSource.query(
      `SELECT ${select.join(', ')}
         FROM activity a
         ${joins.join('\n         ')}
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.starts_at ASC, a.id ASC
        LIMIT ${Math.max(1, Math.floor(limit))}`,
      params,
    )) as Record<string, unknown>[];
    return rows.map((row) => ({
      activity: parts.activity.hydrate(row)!,
      organisation: projection.organisation ? parts.organisation.hydrate(row) : null,
      wijk: projection.wijk ? parts.wijk.hydrate(row) : null,
    }));
  }

  private part<T>(target: EntityTarget<T>, alias: string): Part<T> {
    const metadata = this.dataSource.getMetadata(target);
    const columns = metadata.columns.map((column) => ({ property: column.propertyName, key: `${alias}__${column.databaseName}` }));
    const primary = `${alias}__${metadata.primaryColumns[0].databaseName}`;
    const selectColumns = (list: typeof metadata.columns) =>
      list.map((column) => `"${alias}"."${column.databaseName}" AS "${alias}__${column.databaseName}"`).join(', ');
    const selects = new Map<string, string>();
    return {
      metadata,
      select: selectColumns(metadata.columns),
      selectOf: (properties) => {
        const key = [...properties].sort().join(',');
        let select = selects.get(key);
        if (select === undefined) {
          select = selectColumns(metadata.columns.filter((column) => properties.has(column.propertyName)));
          // Few pages differ in what they show; keep the statements, but not without bound.
          if (selects.size < 100) selects.set(key, select);
        }
        return select;
      },
      hydrate: (row) => {
        // A left join without a match: no entity.
        if (row[primary] === null || row[primary] === undefined) return null;
        const entity = metadata.create() as Record<string, unknown>;
        // Columns left out of the statement stay undefined: their fields were not asked for.
        for (const column of columns) if (column.key in row) entity[column.property] = row[column.key];
        return entity as T;
      },
    };
  }
}
