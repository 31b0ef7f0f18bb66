import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService, CoreError, CoreErrorCode, decodeCursor, type Page, toPage } from '@buurtbrug/core';
import type { DataSource } from 'typeorm';
import type { ResidentsFilterInput } from './dto/residents-filter.input.js';
import { assertMaySeeResident } from './resident-access.js';
import { ResidentProfile } from './resident-profile.entity.js';
import { ResidentProfileService } from './resident-profile.service.js';
import { RESIDENT_SUBJECT, ResidentAuditAction } from './residents.audit.js';
import { ResidentsError, ResidentsErrorCode } from './residents.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How social workers find and open the residents of their wijken. */
@Injectable()
export class ResidentDirectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ResidentProfileService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Residents of the social worker's own wijken only, by name. Asking for another wijk is
   * refused rather than answered with an empty list, so a mistake is visible.
   */
  async list(principal: UserPrincipal, filter: ResidentsFilterInput, first: number, after?: string): Promise<Page<ResidentProfile>> {
    if (principal.role !== Role.SOCIAL_WORKER) {
      throw new ResidentsError(ResidentsErrorCode.NOT_YOUR_WIJK, 'Only social workers list the residents of their wijken');
    }
    if (filter.wijkCode && !principal.wijkCodes.includes(filter.wijkCode)) {
      throw new ResidentsError(ResidentsErrorCode.NOT_YOUR_WIJK, `You do not work for wijk ${filter.wijkCode}`, [
        { field: 'filter.wijkCode', message: 'not one of your wijken' },
      ]);
    }
    const wijken = filter.wijkCode ? [filter.wijkCode] : principal.wijkCodes;
    if (wijken.length === 0) return toPage([], first, () => []);
    const query = this.dataSource
      .getRepository(ResidentProfile)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.account', 'u')
      // The cursor keeps the database's own lower-casing, so paging agrees with the ORDER BY.
      .addSelect('lower(u.display_name)', 'sort_name')
      .where('p.wijk_code IN (:...wijken)', { wijken })
      .orderBy('lower(u.display_name)', 'ASC')
      .addOrderBy('p.user_id', 'ASC')
      .limit(first + 1);
    const text = filter.text?.trim();
    if (text) query.andWhere(`u.display_name ILIKE :text ESCAPE '\\'`, { text: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (after) {
      const [name, id] = decodeCursor(after);
      if (typeof name !== 'string' || typeof id !== 'string' || !UUID.test(id)) {
        throw new CoreError(CoreErrorCode.INVALID_CURSOR, 'The cursor is not valid', [{ field: 'after', message: 'invalid cursor' }]);
      }
      query.andWhere('(lower(u.display_name), p.user_id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const { entities, raw } = await query.getRawAndEntities<{ p_user_id: string; sort_name: string }>();
    const sortNames = new Map(raw.map((row) => [row.p_user_id, row.sort_name]));
    return toPage(entities, first, (row) => [sortNames.get(row.userId) ?? '', row.userId]);
  }

  /** The full profile for a social worker of the wijk or an admin; every opening is audited. */
  async open(principal: UserPrincipal, userId: string): Promise<ResidentProfile> {
    const profile = await this.profiles.find(userId);
    assertMaySeeResident(principal, profile);
    await this.audit.record({
      actorId: principal.userId,
      action: ResidentAuditAction.PROFILE_OPENED,
      subjectType: RESIDENT_SUBJECT,
      subjectId: userId,
      wijkCode: profile.wijkCode,
      details: { role: principal.role },
    });
    return profile;
  }
}
