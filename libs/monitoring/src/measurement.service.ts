import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService } from '@buurtbrug/core';
import { ConsentKind, ConsentMethod, type ResidentProfile, ResidentProfileService } from '@buurtbrug/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { type Answers, scoreDeJongGierveld } from './de-jong-gierveld.js';
import type { RecordMeasurementInput } from './dto/record-measurement.input.js';
import { Measurement } from './measurement.entity.js';
import { MeasurementMethod, MeasurementMoment } from './measurement.enums.js';
import { checkT1, T1_MINIMUM_DAYS } from './measurement-schedule.js';
import { MEASUREMENT_SUBJECT, MonitoringAuditAction } from './monitoring.audit.js';
import { MonitoringError, MonitoringErrorCode } from './monitoring.errors.js';

const UNIQUE_VIOLATION = '23505';
const ORDER = { moment: 'ASC' as const, takenAt: 'ASC' as const };

/**
 * Before/after measurements: recorded by the resident in the app or by a social worker of their
 * wijk with them, always with a MEASUREMENT consent (given through the residents library's own
 * write path, in the same transaction). Individual answers reach only the resident and the
 * social workers of the resident's wijk; everything else sees aggregates (WijkStatsService).
 */
@Injectable()
export class MeasurementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ResidentProfileService,
    private readonly audit: AuditService,
  ) {}

  async record(principal: UserPrincipal, input: RecordMeasurementInput, now = new Date()): Promise<Measurement> {
    const onBehalf = principal.role === Role.SOCIAL_WORKER;
    if (!onBehalf && principal.role !== Role.RESIDENT) {
      throw new MonitoringError(MonitoringErrorCode.NOT_YOUR_RESIDENT, 'Only residents and their social workers record measurements');
    }
    const residentId = onBehalf ? input.residentId : principal.userId;
    if (!residentId) {
      throw new MonitoringError(MonitoringErrorCode.INVALID_INPUT, 'Say whose answers these are', [{ field: 'residentId', message: 'choose the resident' }]);
    }
    if (!onBehalf && input.residentId && input.residentId !== principal.userId) {
      throw new MonitoringError(MonitoringErrorCode.NOT_YOUR_RESIDENT, 'Residents record only their own answers');
    }
    if (input.consent?.given === false) {
      throw new MonitoringError(MonitoringErrorCode.CONSENT_REQUIRED, 'The questionnaire is kept only with consent', [
        { field: 'consent.given', message: 'consent is needed to keep the answers' },
      ]);
    }
    if (onBehalf && input.consent?.given && !input.consent.method) {
      throw new MonitoringError(MonitoringErrorCode.INVALID_INPUT, 'Say how the resident gave consent', [
        { field: 'consent.method', message: 'SPOKEN or WRITTEN' },
      ]);
    }
    const answers: Answers = { ...input.answers };
    const scores = scoreDeJongGierveld(answers);

    return this.dataSource.transaction(async (manager) => {
      // One at a time per resident: a double click waits here and then finds the first one.
      const [account] = (await manager.query(`SELECT id FROM user_account WHERE id = $1 FOR UPDATE`, [residentId])) as { id: string }[];
      const profile = account ? await this.profiles.find(residentId, manager) : null;
      if (!profile) {
        if (onBehalf) throw new MonitoringError(MonitoringErrorCode.RESIDENT_NOT_FOUND, 'No such resident');
        throw new MonitoringError(MonitoringErrorCode.NO_PROFILE, 'Fill in your profile first', [{ field: 'residentId', message: 'no profile yet' }]);
      }
      if (onBehalf) this.assertSocialWorkerOf(principal, profile);

      const consented = profile.consents?.some((c) => c.kind === ConsentKind.MEASUREMENT && !c.withdrawnAt) ?? false;
      if (!consented) {
        if (input.consent?.given !== true) {
          throw new MonitoringError(MonitoringErrorCode.CONSENT_REQUIRED, 'The questionnaire is kept only with consent', [
            { field: 'consent.given', message: 'consent is needed to keep the answers' },
          ]);
        }
        await this.profiles.write(manager, {
          userId: residentId,
          fields: {},
          consents: { measurement: true },
          consentMethod: onBehalf ? input.consent.method! : ConsentMethod.APP,
          recordedBy: principal.userId,
          consentField: 'consent',
          onBehalf: false,
          allowedWijken: onBehalf ? principal.wijkCodes : undefined,
        });
      }

      const earlier = await manager.getRepository(Measurement).find({ where: { residentId }, order: ORDER });
      if (earlier.some((m) => m.moment === input.moment)) {
        throw new MonitoringError(MonitoringErrorCode.ALREADY_RECORDED, `The ${input.moment} questionnaire has already been filled in`, [
          { field: 'moment', message: `${input.moment} is already recorded` },
        ]);
      }
      if (input.moment === MeasurementMoment.T1) {
        const t0 = earlier.find((m) => m.moment === MeasurementMoment.T0) ?? null;
        const check = checkT1(t0?.takenAt ?? null, now);
        if (!check.ok && check.reason === 'NO_T0') {
          throw new MonitoringError(MonitoringErrorCode.T0_MISSING, 'T1 comes after T0: fill in T0 first', [
            { field: 'moment', message: 'there is no T0 yet' },
          ]);
        }
        if (!check.ok && check.reason === 'TOO_EARLY') {
          throw new MonitoringError(MonitoringErrorCode.T1_TOO_EARLY, `T1 can be filled in from ${check.earliest.toISOString().slice(0, 10)}`, [
            { field: 'moment', message: `T1 is possible from ${T1_MINIMUM_DAYS} days after T0: ${check.earliest.toISOString()}` },
          ]);
        }
      }

      const measurement = await this.insert(manager, {
        residentId,
        wijkCode: profile.wijkCode,
        moment: input.moment,
        item1: answers.emptiness,
        item2: answers.missPeople,
        item3: answers.abandoned,
        item4: answers.canRelyOn,
        item5: answers.trustFully,
        item6: answers.closeTo,
        emotionalScore: scores.emotional,
        socialScore: scores.social,
        totalScore: scores.total,
        takenAt: now,
        recordedBy: principal.userId,
        method: onBehalf ? MeasurementMethod.ON_BEHALF : MeasurementMethod.SELF,
      });
      if (onBehalf) {
        await this.audit.record(
          {
            actorId: principal.userId,
            action: MonitoringAuditAction.MEASUREMENT_RECORDED_ON_BEHALF,
            subjectType: MEASUREMENT_SUBJECT,
            subjectId: residentId,
            wijkCode: profile.wijkCode,
            details: { moment: input.moment },
          },
          manager,
        );
      }
      return measurement;
    });
  }

  /** The resident's own answers and scores. */
  async mine(principal: UserPrincipal): Promise<Measurement[]> {
    if (principal.role !== Role.RESIDENT) throw new MonitoringError(MonitoringErrorCode.NOT_YOUR_RESIDENT, 'Only residents have their own measurements');
    return this.dataSource.getRepository(Measurement).find({ where: { residentId: principal.userId }, order: ORDER });
  }

  /** A resident's measurements for a social worker of their wijk; audited like opening the profile. */
  async ofResident(principal: UserPrincipal, residentId: string): Promise<Measurement[]> {
    const profile = await this.profiles.find(residentId);
    if (!profile) throw new MonitoringError(MonitoringErrorCode.RESIDENT_NOT_FOUND, 'No such resident');
    this.assertSocialWorkerOf(principal, profile);
    await this.audit.record({
      actorId: principal.userId,
      action: MonitoringAuditAction.MEASUREMENTS_OPENED,
      subjectType: MEASUREMENT_SUBJECT,
      subjectId: residentId,
      wijkCode: profile.wijkCode,
      details: { role: principal.role },
    });
    return this.dataSource.getRepository(Measurement).find({ where: { residentId }, order: ORDER });
  }

  /** For the resident's data export (AVG right of access). */
  async exportFor(residentId: string): Promise<unknown[]> {
    const rows = await this.dataSource.getRepository(Measurement).find({ where: { residentId }, order: ORDER });
    return rows.map((m) => ({
      moment: m.moment,
      takenAt: m.takenAt,
      method: m.method,
      answers: [m.item1, m.item2, m.item3, m.item4, m.item5, m.item6],
      emotionalScore: m.emotionalScore,
      socialScore: m.socialScore,
      totalScore: m.totalScore,
      wijkCode: m.wijkCode,
      recordedBy: m.recordedBy,
    }));
  }

  private assertSocialWorkerOf(principal: UserPrincipal, profile: ResidentProfile): void {
    if (principal.role !== Role.SOCIAL_WORKER || !principal.wijkCodes.includes(profile.wijkCode)) {
      throw new MonitoringError(MonitoringErrorCode.NOT_YOUR_RESIDENT, 'Only social workers of the resident’s wijk see or record measurements');
    }
  }

  private async insert(manager: EntityManager, values: Omit<Measurement, 'id'>): Promise<Measurement> {
    try {
      // The account lock above serialises one resident's submits; the unique key is the backstop.
      return await manager.getRepository(Measurement).save(Object.assign(new Measurement(), values));
    } catch (error) {
      if ((error as { driverError?: { code?: string }; code?: string }).driverError?.code === UNIQUE_VIOLATION || (error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new MonitoringError(MonitoringErrorCode.ALREADY_RECORDED, `The ${values.moment} questionnaire has already been filled in`, [
          { field: 'moment', message: `${values.moment} is already recorded` },
        ]);
      }
      throw error;
    }
  }
}
