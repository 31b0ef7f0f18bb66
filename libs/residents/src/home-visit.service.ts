import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService } from '@buurtbrug/core';
import type { DataSource } from 'typeorm';
import { CreateResidentOnBehalfInput } from './dto/create-resident-on-behalf.input.js';
import type { RecordHomeVisitInput } from './dto/record-home-visit.input.js';
import { HomeVisit } from './home-visit.entity.js';
import { Mobility } from './home-visit.enums.js';
import { HOME_VISIT_RECORDED, HomeVisitRecorded } from './home-visit.events.js';
import { OnBehalfIntakeService } from './on-behalf-intake.service.js';
import { PersonalDataRegistry } from './personal-data.registry.js';
import { assertMaySeeResident } from './resident-access.js';
import type { ResidentProfile } from './resident-profile.entity.js';
import { AgeBand, ResidentNeed } from './resident-profile.enums.js';
import { ResidentProfileService } from './resident-profile.service.js';
import { RESIDENT_SUBJECT } from './residents.audit.js';
import { ResidentsError, ResidentsErrorCode } from './residents.errors.js';

export enum HomeVisitAuditAction {
  RECORDED = 'HOME_VISIT_RECORDED',
  /** A social worker or admin read a resident's home visits (like opening the profile). */
  OPENED = 'HOME_VISITS_OPENED',
}

/** What getting around means for matching: what they need, and how far an activity may be. */
const MOBILITY_PROFILE: Record<Mobility, { needs: ResidentNeed[]; travelRadiusKm: number }> = {
  [Mobility.INDEPENDENT]: { needs: [], travelRadiusKm: 2 },
  [Mobility.WALKING_AID]: { needs: [ResidentNeed.SOMEONE_TO_GO_ALONG], travelRadiusKm: 1 },
  [Mobility.WHEELCHAIR]: { needs: [ResidentNeed.WHEELCHAIR_ACCESS, ResidentNeed.SOMEONE_TO_GO_ALONG], travelRadiusKm: 1 },
  [Mobility.HOUSEBOUND]: { needs: [ResidentNeed.SOMEONE_TO_GO_ALONG], travelRadiusKm: 0.5 },
};

const clean = (text: string | null | undefined): string | null => text?.trim() || null;

/** The calendar day in the Netherlands, as YYYY-MM-DD. */
function todayInNl(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The home-visit checklist: a social worker visits a resident of 75 or older and goes through the
 * structured questions. The answers fill the on-behalf profile (through the one on-behalf
 * intake, so its rules and consent recording hold) and are kept beside it, in one transaction.
 */
@Injectable()
export class HomeVisitService implements OnModuleInit {
  private readonly logger = new Logger(HomeVisitService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly intake: OnBehalfIntakeService,
    private readonly profiles: ResidentProfileService,
    private readonly audit: AuditService,
    private readonly registry: PersonalDataRegistry,
    private readonly events: EventEmitter2,
  ) {}

  /** A resident's export includes their home visits (AVG right of access); erasure removes them with the account. */
  onModuleInit(): void {
    this.registry.register({
      section: 'homeVisits',
      collect: async (userId: string) =>
        this.dataSource.query(
          `SELECT id, wijk_code, visited_by, to_char(visited_on, 'YYYY-MM-DD') AS visited_on, signal_id, living_situation, contact_frequency,
                  contacts_note, mobility, mobility_note, language_note, notes, created_at
             FROM home_visit WHERE resident_id = $1 ORDER BY visited_on, created_at`,
          [userId],
        ),
    });
  }

  async record(principal: UserPrincipal, input: RecordHomeVisitInput): Promise<{ homeVisit: HomeVisit; profile: ResidentProfile }> {
    if (principal.role !== Role.SOCIAL_WORKER) {
      throw new ResidentsError(ResidentsErrorCode.NOT_YOUR_WIJK, 'Only social workers record home visits');
    }
    const visitedOn = input.visitedOn ?? todayInNl();
    if (visitedOn > todayInNl(new Date(Date.now() + 86_400_000))) {
      throw new ResidentsError(ResidentsErrorCode.INVALID_PROFILE, 'A home visit cannot be in the future', [{ field: 'visitedOn', message: 'not in the future' }]);
    }
    const mobility = MOBILITY_PROFILE[input.mobility];
    const profileInput = Object.assign(new CreateResidentOnBehalfInput(), {
      displayName: input.displayName,
      ageBand: input.ageBand ?? AgeBand.AGE_75_PLUS,
      wantsNewContacts: input.wantsNewContacts,
      needs: mobility.needs,
      travelRadiusKm: mobility.travelRadiusKm,
      consent: input.consent,
      ...Object.fromEntries(
        (['wijkCode', 'postcode', 'interests', 'interestsText', 'wishes', 'wishesText', 'languages', 'availability'] as const)
          .filter((key) => input[key] !== undefined && input[key] !== null)
          .map((key) => [key, input[key]]),
      ),
    });
    let homeVisit: HomeVisit | undefined;
    const profile = await this.intake.create(principal, profileInput, async (manager, saved) => {
      const [row] = (await manager.query(
        `INSERT INTO home_visit (resident_id, wijk_code, visited_by, visited_on, signal_id, living_situation, contact_frequency,
                                 contacts_note, mobility, mobility_note, language_note, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          saved.userId,
          saved.wijkCode,
          principal.userId,
          visitedOn,
          input.signalId ?? null,
          input.livingSituation,
          input.contactFrequency,
          clean(input.contactsNote),
          input.mobility,
          clean(input.mobilityNote),
          clean(input.languageNote),
          clean(input.notes),
        ],
      )) as { id: string }[];
      homeVisit = await manager.getRepository(HomeVisit).findOneOrFail({ where: { id: row.id }, relations: { visitor: true } });
      await this.audit.record(
        {
          actorId: principal.userId,
          action: HomeVisitAuditAction.RECORDED,
          subjectType: RESIDENT_SUBJECT,
          subjectId: saved.userId,
          wijkCode: saved.wijkCode,
          details: { homeVisitId: row.id, signalId: input.signalId ?? null },
        },
        manager,
      );
    });
    const visit = homeVisit!;
    try {
      await this.events.emitAsync(
        HOME_VISIT_RECORDED,
        new HomeVisitRecorded(visit.id, profile.userId, profile.wijkCode, visit.signalId, principal.userId, [...principal.wijkCodes]),
      );
    } catch (error) {
      // The visit has been saved; a failing listener is logged rather than turned into a failed save.
      this.logger.error({ err: error, homeVisitId: visit.id }, `A ${HOME_VISIT_RECORDED} listener failed`);
    }
    return { homeVisit: visit, profile };
  }

  /** A resident's home visits, newest first, for a social worker of their wijk or an admin; audited. */
  async forResident(principal: UserPrincipal, residentId: string): Promise<HomeVisit[]> {
    const profile = await this.profiles.find(residentId);
    assertMaySeeResident(principal, profile);
    return this.dataSource.transaction(async (manager) => {
      const visits = await manager.getRepository(HomeVisit).find({ where: { residentId }, relations: { visitor: true }, order: { visitedOn: 'DESC', createdAt: 'DESC' } });
      await this.audit.record(
        {
          actorId: principal.userId,
          action: HomeVisitAuditAction.OPENED,
          subjectType: RESIDENT_SUBJECT,
          subjectId: residentId,
          wijkCode: profile.wijkCode,
          details: { role: principal.role, count: visits.length },
        },
        manager,
      );
      return visits;
    });
  }
}
