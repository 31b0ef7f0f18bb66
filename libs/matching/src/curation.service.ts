import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService, decodeCursor, type Page, toPage } from '@buurtbrug/core';
import { DataSource } from 'typeorm';
import type { CurateMatchInput } from './dto/curate-match.input.js';
import { type Match, matchFromRow, type MatchRow } from './match.entity.js';
import { afterCuration } from './match-lifecycle.js';
import { MatchNotifier } from './match-notifier.js';
import { CurationDecision, MatchStatus } from './match-status.enum.js';
import { MatchingError, MatchingErrorCode } from './matching.errors.js';

export const MATCH_CURATED = 'MATCH_CURATED';

/**
 * The social worker's side: the queue of proposals for residents who asked to go through
 * social work (or were registered on their behalf), oldest first, and the decision on each.
 */
@Injectable()
export class CurationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: MatchNotifier,
    private readonly audit: AuditService,
  ) {}

  private wijkenOf(principal: UserPrincipal, wijkCode?: string | null): string[] {
    if (principal.role !== Role.SOCIAL_WORKER) throw new MatchingError(MatchingErrorCode.NOT_YOUR_WIJK, 'Only social workers curate proposals');
    if (!wijkCode) return principal.wijkCodes;
    if (!principal.wijkCodes.includes(wijkCode)) {
      throw new MatchingError(MatchingErrorCode.NOT_YOUR_WIJK, `You do not work for wijk ${wijkCode}`, [{ field: 'filter.wijkCode', message: 'not one of your wijken' }]);
    }
    return [wijkCode];
  }

  /** Proposals waiting for a decision in the caller's wijken, oldest first. */
  async queue(principal: UserPrincipal, wijkCode: string | null | undefined, first: number, after?: string): Promise<Page<Match>> {
    const wijken = this.wijkenOf(principal, wijkCode);
    const cursor = after ? decodeCursor(after) : null;
    const rows = (await this.dataSource.query(
      `SELECT * FROM match
        WHERE status = $1 AND curation_wijk_code = ANY($2)
          AND ($3::timestamptz IS NULL OR (proposed_at, id) > ($3::timestamptz, $4::uuid))
        ORDER BY proposed_at, id
        LIMIT $5`,
      [MatchStatus.AWAITING_CURATION, wijken, cursor ? String(cursor[0]) : null, cursor ? String(cursor[1]) : null, first + 1],
    )) as MatchRow[];
    return toPage(rows.map(matchFromRow), first, (m) => [m.proposedAt.toISOString(), m.id]);
  }

  /**
   * Approves (the resident gets it at once) or rejects. One conditional UPDATE decides: when
   * two social workers answer the same proposal, the first wins and the second gets CONFLICT.
   */
  async curate(principal: UserPrincipal, input: CurateMatchInput): Promise<Match> {
    const wijken = this.wijkenOf(principal);
    const approve = input.decision === CurationDecision.APPROVE;
    const next = afterCuration(MatchStatus.AWAITING_CURATION, approve);
    const note = input.note?.trim() || null;
    const row = await this.dataSource.transaction(async (manager) => {
      const [updated] = (await manager.query(
        `UPDATE match SET status = $2, curation_note = $3, warm_handover = $4, curated_by = $5, curated_at = now(),
                offered_at = CASE WHEN $2 = '${MatchStatus.OFFERED}' THEN now() END, updated_at = date_trunc('milliseconds', clock_timestamp())
          WHERE id = $1 AND status = '${MatchStatus.AWAITING_CURATION}' AND curation_wijk_code = ANY($6)
          RETURNING *`,
        [input.id, next, note, approve && (input.warmHandover ?? false), principal.userId, wijken],
      )) as [MatchRow[], number];
      const changed = updated[0];
      if (!changed) throw await this.whyNot(input.id, wijken);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: MATCH_CURATED,
          subjectType: 'match',
          subjectId: changed.id,
          wijkCode: changed.curation_wijk_code,
          details: { decision: input.decision, residentId: changed.resident_id, warmHandover: changed.warm_handover },
        },
        manager,
      );
      return changed;
    });
    await this.notifier.changed(row, MatchStatus.AWAITING_CURATION);
    return matchFromRow(row);
  }

  private async whyNot(id: string, wijken: string[]): Promise<MatchingError> {
    const [row] = (await this.dataSource.query(`SELECT status, curation_wijk_code FROM match WHERE id = $1`, [id])) as { status: MatchStatus; curation_wijk_code: string | null }[];
    if (!row || !row.curation_wijk_code) return new MatchingError(MatchingErrorCode.MATCH_NOT_FOUND, 'No such proposal to curate');
    if (!wijken.includes(row.curation_wijk_code)) return new MatchingError(MatchingErrorCode.NOT_YOUR_WIJK, 'This proposal is for a wijk you do not work for');
    return new MatchingError(MatchingErrorCode.ALREADY_DECIDED, `This proposal was already decided (it is ${row.status})`);
  }
}
