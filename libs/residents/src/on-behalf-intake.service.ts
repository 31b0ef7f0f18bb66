import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, UserAccount, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService } from '@buurtbrug/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreateResidentOnBehalfInput } from './dto/create-resident-on-behalf.input.js';
import type { UpdateResidentOnBehalfInput } from './dto/update-resident-on-behalf.input.js';
import { PersonalDataService } from './personal-data.service.js';
import { assertMayActOnBehalf } from './resident-access.js';
import type { ResidentProfile } from './resident-profile.entity.js';
import { ConsentMethod } from './resident-profile.enums.js';
import { ResidentProfileService } from './resident-profile.service.js';
import { RESIDENT_SUBJECT, ResidentAuditAction } from './residents.audit.js';
import { ResidentsError, ResidentsErrorCode } from './residents.errors.js';

/**
 * A social worker registers, updates and (on request) erases a resident who is not online.
 * Such a resident has an account without a login; consent is recorded with who took it and how.
 */
@Injectable()
export class OnBehalfIntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ResidentProfileService,
    private readonly personalData: PersonalDataService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Account, profile, consent and audit entry in one transaction: all of it or nothing. `within`
   * adds the caller's own rows to the same transaction (the home-visit checklist does), so a
   * failure there leaves no resident behind either.
   */
  async create(
    principal: UserPrincipal,
    input: CreateResidentOnBehalfInput,
    within?: (manager: EntityManager, profile: ResidentProfile) => Promise<void>,
  ): Promise<ResidentProfile> {
    this.assertSocialWorker(principal);
    const { consent, ...fields } = input;
    const profile = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.getRepository(UserAccount).insert({
        email: null,
        passwordHash: null,
        role: Role.RESIDENT,
        displayName: input.displayName.trim(),
        wijkCodes: [],
        organisationId: null,
      });
      const userId = (inserted.identifiers[0] as { id: string }).id;
      const saved = await this.profiles.write(manager, {
        userId,
        fields,
        consents: consent,
        consentMethod: consent.method,
        recordedBy: principal.userId,
        consentField: 'consent',
        onBehalf: true,
        createdBy: principal.userId,
        allowedWijken: principal.wijkCodes,
      });
      await this.audit.record(
        {
          actorId: principal.userId,
          action: ResidentAuditAction.CREATED_ON_BEHALF,
          subjectType: RESIDENT_SUBJECT,
          subjectId: userId,
          wijkCode: saved.wijkCode,
          details: { consentMethod: consent.method },
        },
        manager,
      );
      if (within) await within(manager, saved);
      return saved;
    });
    await this.profiles.announce(profile);
    return profile;
  }

  async update(principal: UserPrincipal, userId: string, input: UpdateResidentOnBehalfInput): Promise<ResidentProfile> {
    this.assertSocialWorker(principal);
    const { consent, ...fields } = input;
    const profile = await this.dataSource.transaction(async (manager) => {
      const existing = await this.profiles.find(userId, manager);
      assertMayActOnBehalf(principal, existing);
      const saved = await this.profiles.write(manager, {
        userId,
        fields,
        consents: consent,
        // Without a consent change nothing is recorded, so the method is not used then.
        consentMethod: consent?.method ?? ConsentMethod.SPOKEN,
        recordedBy: principal.userId,
        consentField: 'consent',
        onBehalf: true,
        allowedWijken: principal.wijkCodes,
      });
      await this.audit.record(
        {
          actorId: principal.userId,
          action: ResidentAuditAction.UPDATED_ON_BEHALF,
          subjectType: RESIDENT_SUBJECT,
          subjectId: userId,
          wijkCode: saved.wijkCode,
          // Which fields changed, never their values: the log holds no personal data.
          details: { fields: Object.keys(input).filter((key) => input[key as keyof typeof input] !== undefined).sort().join(',') },
        },
        manager,
      );
      return saved;
    });
    await this.profiles.announce(profile);
    return profile;
  }

  async erase(principal: UserPrincipal, userId: string): Promise<void> {
    this.assertSocialWorker(principal);
    const wijkCode = await this.dataSource.transaction(async (manager) => {
      assertMayActOnBehalf(principal, await this.profiles.find(userId, manager));
      return this.personalData.erase(manager, userId, { actorId: principal.userId, requestedBy: 'SOCIAL_WORKER' });
    });
    await this.personalData.announceErasure(userId, wijkCode);
  }

  private assertSocialWorker(principal: UserPrincipal): void {
    if (principal.role !== Role.SOCIAL_WORKER) {
      throw new ResidentsError(ResidentsErrorCode.NOT_YOUR_WIJK, 'Only social workers register residents on their behalf');
    }
  }
}
