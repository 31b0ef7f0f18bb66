import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, UserAccount, type UserPrincipal } from '@buurtbrug/auth';
import type { FieldError } from '@buurtbrug/core';
import { TagsService } from '@buurtbrug/tags';
import { WijkenService } from '@buurtbrug/wijken';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { ProfileFieldsInput } from './dto/profile-fields.input.js';
import type { UpdateMyProfileInput } from './dto/update-my-profile.input.js';
import { ResidentConsent } from './resident-consent.entity.js';
import { ResidentProfile } from './resident-profile.entity.js';
import { ConsentKind, ConsentMethod } from './resident-profile.enums.js';
import { type ConsentChoices, mergeProfile, planConsents, type ProfileChanges, type ProfileValues, toPostcode4 } from './resident-profile.rules.js';
import { RESIDENT_PROFILE_CHANGED, ResidentProfileChanged } from './residents.events.js';
import { ResidentsError, ResidentsErrorCode } from './residents.errors.js';

/** One save of a profile, by the resident or by a social worker on their behalf. */
export interface ProfileWrite {
  userId: string;
  fields: ProfileFieldsInput & { displayName?: string };
  consents?: ConsentChoices | null;
  /** How consents in this write were given, and by whom they were recorded. */
  consentMethod: ConsentMethod;
  recordedBy: string;
  /** Input path of the consents, to name it in errors (`consents` or `consent`). */
  consentField: string;
  /** For a new profile: registered by a social worker (no login). */
  onBehalf: boolean;
  createdBy?: string | null;
  /** A social worker may only place a resident in one of the wijken they work for. */
  allowedWijken?: readonly string[];
}

/** A prepared write: tags checked and the wijk found, before any row is locked. */
interface PreparedChanges {
  changes: ProfileChanges;
  /** Whether the wijk came from the postcode rather than a choice. */
  wijkFromPostcode: boolean;
}

const PROFILE_COLUMNS: (keyof ProfileValues)[] = [
  'wijkCode',
  'buurtCode',
  'postcode',
  'ageBand',
  'languages',
  'interests',
  'talents',
  'wishes',
  'interestsText',
  'talentsText',
  'wishesText',
  'availability',
  'travelRadiusKm',
  'needs',
  'contactPreference',
  'viaSocialWorker',
  'wantsNewContacts',
];

function valuesOf(profile: ResidentProfile): ProfileValues {
  return Object.fromEntries(PROFILE_COLUMNS.map((column) => [column, profile[column]])) as unknown as ProfileValues;
}

function invalid(errors: FieldError[]): ResidentsError {
  const names = [...new Set(errors.map((e) => e.field))].join(', ');
  return new ResidentsError(ResidentsErrorCode.INVALID_PROFILE, `Invalid profile: ${names}`, errors);
}

/**
 * Resident profiles: the resident's own view and edits, and the one write path that the
 * on-behalf intake shares, so the rules hold whoever saves.
 */
@Injectable()
export class ResidentProfileService {
  private readonly logger = new Logger(ResidentProfileService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wijken: WijkenService,
    private readonly tags: TagsService,
    private readonly events: EventEmitter2,
  ) {}

  /** The profile with its account and consents, or null when there is none. */
  async find(userId: string, manager: EntityManager = this.dataSource.manager): Promise<ResidentProfile | null> {
    return manager.getRepository(ResidentProfile).findOne({
      where: { userId },
      relations: { account: true, consents: true },
    });
  }

  /** The consents that hold now (for matching and measurement to check before they act). */
  async activeConsents(userId: string): Promise<ConsentKind[]> {
    const rows = await this.dataSource.getRepository(ResidentConsent).findBy({ userId, withdrawnAt: IsNull() });
    return rows.map((row) => row.kind);
  }

  async myProfile(principal: UserPrincipal): Promise<ResidentProfile | null> {
    return this.find(principal.userId);
  }

  /** Creates the profile on the first call (with consent), changes only the given fields after. */
  async updateMyProfile(principal: UserPrincipal, input: UpdateMyProfileInput): Promise<ResidentProfile> {
    if (principal.role !== Role.RESIDENT) throw new ResidentsError(ResidentsErrorCode.NOT_A_RESIDENT, 'Only residents keep a profile');
    const { consents, ...fields } = input;
    const profile = await this.dataSource.transaction((manager) =>
      this.write(manager, {
        userId: principal.userId,
        fields,
        consents,
        consentMethod: ConsentMethod.APP,
        recordedBy: principal.userId,
        consentField: 'consents',
        onBehalf: false,
      }),
    );
    await this.announce(profile);
    return profile;
  }

  /**
   * Checks the input against the taxonomy and the wijken, before the account row is locked, so
   * the lock is not held while other libraries are asked.
   */
  async prepare(fields: ProfileFieldsInput): Promise<PreparedChanges> {
    const slugs = async (field: 'interests' | 'talents' | 'wishes'): Promise<string[] | null | undefined> => {
      const value = fields[field];
      if (value === undefined || value === null) return value;
      return this.tags.normalise(value, field);
    };
    const [interests, talents, wishes] = [await slugs('interests'), await slugs('talents'), await slugs('wishes')];

    let wijkCode: string | null | undefined = fields.wijkCode;
    let wijkFromPostcode = false;
    if (wijkCode) {
      await this.wijken.assertExists([wijkCode], 'wijkCode');
    } else if (wijkCode === undefined && fields.postcode) {
      const postcode = toPostcode4(fields.postcode);
      const wijk = postcode ? await this.wijken.wijkForPostcode(postcode) : null;
      if (postcode && !wijk) {
        throw new ResidentsError(ResidentsErrorCode.UNKNOWN_POSTCODE, 'This postcode is not in any wijk we know; choose your wijk', [
          { field: 'postcode', message: 'no wijk found for this postcode; choose a wijk instead' },
        ]);
      }
      wijkCode = wijk?.code;
      wijkFromPostcode = true;
    }
    const { wijkCode: _chosen, ...rest } = fields;
    return { changes: { ...rest, interests, talents, wishes, wijkCode }, wijkFromPostcode };
  }

  /**
   * Writes one profile inside the caller's transaction: locks the account, merges, checks the
   * rules and consents, and saves profile, display name and consents together.
   */
  async write(manager: EntityManager, write: ProfileWrite): Promise<ResidentProfile> {
    const { displayName, ...fields } = write.fields;
    const { changes, wijkFromPostcode } = await this.prepare(fields);

    // Serialises concurrent first saves of one account (and checks it is a resident's).
    const [account] = (await manager.query(`SELECT id, role FROM user_account WHERE id = $1 FOR UPDATE`, [write.userId])) as {
      id: string;
      role: string;
    }[];
    if (!account) throw new ResidentsError(ResidentsErrorCode.RESIDENT_NOT_FOUND, 'No such resident');
    if (account.role !== Role.RESIDENT) throw new ResidentsError(ResidentsErrorCode.NOT_A_RESIDENT, 'Only residents keep a profile');

    const existing = await this.find(write.userId, manager);
    const onBehalf = existing?.onBehalf ?? write.onBehalf;
    const { values, errors } = mergeProfile(existing ? valuesOf(existing) : null, changes, { onBehalf });
    if (write.allowedWijken && values.wijkCode && !write.allowedWijken.includes(values.wijkCode)) {
      throw new ResidentsError(ResidentsErrorCode.NOT_YOUR_WIJK, `You do not work for wijk ${values.wijkCode}`, [
        { field: wijkFromPostcode ? 'postcode' : 'wijkCode', message: `wijk ${values.wijkCode} is not one of yours` },
      ]);
    }
    if (values.buurtCode && values.wijkCode && values.buurtCode !== existing?.buurtCode && !(await this.buurtExists(values.buurtCode, values.wijkCode))) {
      errors.push({ field: 'buurtCode', message: `unknown buurt ${values.buurtCode}` });
    }
    const active = new Set((existing?.consents ?? []).filter((c) => !c.withdrawnAt).map((c) => c.kind));
    const plan = planConsents(active, write.consents, { firstSave: !existing, field: write.consentField });
    if (errors.length) throw invalid([...errors, ...plan.errors]);
    if (plan.errors.length) throw new ResidentsError(ResidentsErrorCode.CONSENT_REQUIRED, plan.errors[0].message, plan.errors);

    const profiles = manager.getRepository(ResidentProfile);
    if (existing) {
      await profiles.update({ userId: write.userId }, values);
    } else {
      await profiles.insert({ userId: write.userId, ...values, onBehalf, createdBy: write.createdBy ?? null });
    }
    if (displayName !== undefined) {
      await manager.getRepository(UserAccount).update({ id: write.userId }, { displayName: displayName.trim() });
    }
    const now = new Date();
    const consents = manager.getRepository(ResidentConsent);
    for (const kind of plan.withdraw) {
      await consents.update({ userId: write.userId, kind, withdrawnAt: IsNull() }, { withdrawnAt: now });
    }
    if (plan.give.length) {
      await consents.insert(
        plan.give.map((kind) => ({ userId: write.userId, kind, givenAt: now, recordedBy: write.recordedBy, method: write.consentMethod })),
      );
    }
    return (await this.find(write.userId, manager))!;
  }

  /** Tells other libraries (matching) after the change has committed. */
  async announce(profile: ResidentProfile): Promise<void> {
    try {
      await this.events.emitAsync(RESIDENT_PROFILE_CHANGED, new ResidentProfileChanged(profile.userId, profile.wijkCode));
    } catch (error) {
      // The profile has been saved; a failing listener is logged rather than turned into a failed save.
      this.logger.error({ err: error, userId: profile.userId }, `A ${RESIDENT_PROFILE_CHANGED} listener failed`);
    }
  }

  private async buurtExists(buurtCode: string, wijkCode: string): Promise<boolean> {
    const detail = await this.wijken.detail(wijkCode);
    return detail.buurten.some((buurt) => buurt.code === buurtCode);
  }
}
