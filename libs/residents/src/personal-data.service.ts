import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthService, Role, UserAccount, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService } from '@buurtbrug/core';
import type { DataSource, EntityManager } from 'typeorm';
import { PersonalDataRegistry } from './personal-data.registry.js';
import type { ResidentProfile } from './resident-profile.entity.js';
import { ResidentProfileService } from './resident-profile.service.js';
import { RESIDENT_SUBJECT, ResidentAuditAction } from './residents.audit.js';
import { RESIDENT_ERASED, ResidentErased } from './residents.events.js';
import { ResidentsError, ResidentsErrorCode } from './residents.errors.js';

export const PERSONAL_DATA_FORMAT = 'buurtbrug-personal-data/1';

/** Who asked for an erasure: the resident, or their social worker on their request. */
export type ErasureRequest = { actorId: string; requestedBy: 'RESIDENT' | 'SOCIAL_WORKER' };

function profileData(profile: ResidentProfile) {
  return {
    wijkCode: profile.wijkCode,
    buurtCode: profile.buurtCode,
    postcode: profile.postcode,
    ageBand: profile.ageBand,
    languages: profile.languages,
    interests: profile.interests,
    talents: profile.talents,
    wishes: profile.wishes,
    interestsText: profile.interestsText,
    talentsText: profile.talentsText,
    wishesText: profile.wishesText,
    availability: profile.availability,
    travelRadiusKm: profile.travelRadiusKm,
    needs: profile.needs,
    contactPreference: profile.contactPreference,
    viaSocialWorker: profile.viaSocialWorker,
    wantsNewContacts: profile.wantsNewContacts,
    onBehalf: profile.onBehalf,
    createdBy: profile.createdBy,
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}

/** The AVG rights of a resident: a copy of everything held about them, and erasure. */
@Injectable()
export class PersonalDataService {
  private readonly logger = new Logger(PersonalDataService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ResidentProfileService,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    private readonly auth: AuthService,
  ) {}

  /** Everything about the resident as one JSON document: this library's data plus every registered contributor's. */
  async exportFor(principal: UserPrincipal): Promise<string> {
    if (principal.role !== Role.RESIDENT) throw new ResidentsError(ResidentsErrorCode.NOT_A_RESIDENT, 'Only residents export their data here');
    const userId = principal.userId;
    // Recorded first, so the export itself shows up in the audit part of the document.
    await this.audit.record({ actorId: userId, action: ResidentAuditAction.DATA_EXPORTED, subjectType: RESIDENT_SUBJECT, subjectId: userId });
    const [account, profile, auditLog] = await Promise.all([
      this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: userId }),
      this.profiles.find(userId),
      this.audit.involving(userId),
    ]);
    const document: Record<string, unknown> = {
      format: PERSONAL_DATA_FORMAT,
      exportedAt: new Date(),
      account: {
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        createdAt: account.createdAt,
        updatedAt: account.updatedAt,
      },
      profile: profile ? profileData(profile) : null,
      consents: (profile?.consents ?? [])
        .sort((a, b) => a.givenAt.getTime() - b.givenAt.getTime())
        .map((c) => ({ kind: c.kind, givenAt: c.givenAt, withdrawnAt: c.withdrawnAt, method: c.method, recordedBy: c.recordedBy })),
      auditLog: auditLog.map((entry) => ({
        occurredAt: entry.occurredAt,
        action: entry.action,
        actorId: entry.actorId,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        wijkCode: entry.wijkCode,
        details: entry.details,
      })),
    };
    for (const contributor of this.registry.all()) {
      document[contributor.section] = await contributor.collect(userId);
    }
    return JSON.stringify(document, null, 2);
  }

  /** Deletes the resident's own account and everything hanging off it; `confirm` guards against a slip. */
  async eraseMe(principal: UserPrincipal, confirm: boolean): Promise<void> {
    if (principal.role !== Role.RESIDENT) throw new ResidentsError(ResidentsErrorCode.NOT_A_RESIDENT, 'Only residents erase their account here');
    if (confirm !== true) {
      throw new ResidentsError(ResidentsErrorCode.CONFIRMATION_REQUIRED, 'Confirm that you want to erase all your data', [
        { field: 'confirm', message: 'must be true to erase your data' },
      ]);
    }
    const wijkCode = await this.dataSource.transaction((manager) =>
      this.erase(manager, principal.userId, { actorId: principal.userId, requestedBy: 'RESIDENT' }),
    );
    await this.announceErasure(principal.userId, wijkCode);
  }

  /**
   * Deletes the account inside the caller's transaction (profile, consents and sessions go with
   * it by CASCADE) and records the fact — ids only, no name or email — in the same transaction.
   * Returns the wijk the resident lived in, for the event.
   */
  async erase(manager: EntityManager, userId: string, request: ErasureRequest): Promise<string | null> {
    const [row] = (await manager.query(
      `SELECT u.role, p.wijk_code, p.on_behalf
         FROM user_account u LEFT JOIN resident_profile p ON p.user_id = u.id
        WHERE u.id = $1 FOR UPDATE OF u`,
      [userId],
    )) as { role: string; wijk_code: string | null; on_behalf: boolean | null }[];
    if (!row) throw new ResidentsError(ResidentsErrorCode.RESIDENT_NOT_FOUND, 'No such resident');
    if (row.role !== Role.RESIDENT) throw new ResidentsError(ResidentsErrorCode.NOT_A_RESIDENT, 'Only resident accounts are erased here');
    await manager.query(`DELETE FROM user_account WHERE id = $1`, [userId]);
    await this.audit.record(
      {
        actorId: request.actorId,
        action: ResidentAuditAction.ERASED,
        subjectType: RESIDENT_SUBJECT,
        subjectId: userId,
        wijkCode: row.wijk_code,
        details: { requestedBy: request.requestedBy, onBehalf: row.on_behalf ?? false, hadProfile: row.wijk_code !== null },
      },
      manager,
    );
    return row.wijk_code;
  }

  /** After the commit: other libraries delete or anonymise what they hold about this person. */
  async announceErasure(userId: string, wijkCode: string | null): Promise<void> {
    // The sessions went with the account; make every instance forget them now, not in seconds.
    await this.auth.revokeSessions(userId);
    try {
      await this.events.emitAsync(RESIDENT_ERASED, new ResidentErased(userId, wijkCode));
    } catch (error) {
      // The erasure itself has committed; a failing listener must be fixed, not reported to the resident as a failed erasure.
      this.logger.error({ err: error, userId }, `A ${RESIDENT_ERASED} listener failed`);
    }
  }
}
