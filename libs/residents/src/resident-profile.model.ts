import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ResidentConsent } from './resident-consent.entity.js';
import { ResidentProfile } from './resident-profile.entity.js';
import { AgeBand, ConsentKind, ConsentMethod, ContactPreference, ResidentNeed } from './resident-profile.enums.js';
import { AvailabilitySlot } from './weekly-availability.js';

@ObjectType('ResidentConsent', { description: 'Een toestemming, wanneer en hoe die is gegeven. / A consent: when and how it was given.' })
export class ResidentConsentModel {
  @Field(() => ConsentKind, { description: 'Waarvoor. / What the consent is for.' })
  kind: ConsentKind;

  @Field({ description: 'Wanneer gegeven. / When it was given.' })
  givenAt: Date;

  @Field(() => Date, { nullable: true, description: 'Wanneer ingetrokken; leeg zolang die geldt. / When it was withdrawn; empty while it holds.' })
  withdrawnAt: Date | null;

  @Field(() => ConsentMethod, { description: 'Hoe gegeven. / How it was given.' })
  method: ConsentMethod;

  @Field(() => ID, { nullable: true, description: 'Wie het heeft vastgelegd (de inwoner zelf of een sociaal werker). / Who recorded it.' })
  recordedBy: string | null;

  static from(entity: ResidentConsent): ResidentConsentModel {
    return Object.assign(new ResidentConsentModel(), {
      kind: entity.kind,
      givenAt: entity.givenAt,
      withdrawnAt: entity.withdrawnAt,
      method: entity.method,
      recordedBy: entity.recordedBy,
    });
  }
}

/**
 * The whole profile. Private: reachable only by the resident (`myProfile`) and by a social worker
 * of the resident's wijk or an admin (`resident`, on-behalf mutations) — never by other residents
 * or providers.
 */
@ObjectType('ResidentProfile', {
  description:
    'Het profiel van een inwoner; alleen zichtbaar voor de inwoner zelf en de sociaal werkers van de wijk. / A resident profile; visible only to the resident and the social workers of the wijk.',
})
export class ResidentProfileModel {
  @Field(() => ID, { description: 'Account van de inwoner. / The resident account id.' })
  userId: string;

  @Field({ description: 'Naam die anderen zien (staat op het account). / Name shown to others (kept on the account).' })
  displayName: string;

  @Field({ description: 'Wijkcode (CBS), bijvoorbeeld WK040201. / CBS wijk code.' })
  wijkCode: string;

  @Field(() => String, { nullable: true, description: 'Buurtcode (CBS), als gekozen. / CBS buurt code, if chosen.' })
  buurtCode: string | null;

  @Field(() => String, { nullable: true, description: 'De 4 cijfers van de postcode, als gegeven. / The 4 digits of the postcode, if given.' })
  postcode: string | null;

  @Field(() => AgeBand, { nullable: true, description: 'Leeftijdsgroep. / Age band.' })
  ageBand: AgeBand | null;

  @Field(() => [String], { description: 'Talen die de inwoner spreekt (ISO-codes zoals nl, en, tr, ar). / Languages spoken (ISO codes).' })
  languages: string[];

  @Field(() => [String], { description: 'Interesses (tags). / Interests (tag slugs).' })
  interests: string[];

  @Field(() => [String], { description: 'Talenten: wat de inwoner voor anderen kan doen (tags). / Talents (tag slugs).' })
  talents: string[];

  @Field(() => [String], { description: 'Wensen: wat de inwoner graag zou willen (tags). / Wishes (tag slugs).' })
  wishes: string[];

  @Field(() => String, { nullable: true, description: 'Interesses in eigen woorden. / Interests in own words.' })
  interestsText: string | null;

  @Field(() => String, { nullable: true, description: 'Talenten in eigen woorden. / Talents in own words.' })
  talentsText: string | null;

  @Field(() => String, { nullable: true, description: 'Wensen in eigen woorden. / Wishes in own words.' })
  wishesText: string | null;

  @Field(() => [AvailabilitySlot], { description: 'Wanneer de inwoner meestal kan (dagdelen). / When the resident is usually free.' })
  availability: AvailabilitySlot[];

  @Field(() => Float, { description: 'Hoe ver de inwoner wil reizen, in km. / Travel radius in km.' })
  travelRadiusKm: number;

  @Field(() => [ResidentNeed], { description: 'Wat nodig is om mee te doen. / What is needed to take part.' })
  needs: ResidentNeed[];

  @Field(() => ContactPreference, { description: 'Hoe de inwoner bericht wil krijgen. / How the resident wants to be contacted.' })
  contactPreference: ContactPreference;

  @Field({ description: 'Voorstellen gaan eerst langs de sociaal werker. / Proposals go through the social worker first.' })
  viaSocialWorker: boolean;

  @Field({ description: 'De inwoner wil graag nieuwe mensen leren kennen. / The resident would like to meet new people.' })
  wantsNewContacts: boolean;

  @Field({ description: 'Aangemeld door een sociaal werker; dit account heeft geen login. / Registered on their behalf; no login.' })
  onBehalf: boolean;

  @Field(() => [ResidentConsentModel], { description: 'Alle toestemmingen, ook ingetrokken. / Every consent, withdrawn ones included.' })
  consents: ResidentConsentModel[];

  @Field({ description: 'Wanneer aangemaakt. / When created.' })
  createdAt: Date;

  @Field({ description: 'Wanneer laatst gewijzigd. / When last changed.' })
  updatedAt: Date;

  /** Needs the profile with its `account` and `consents` loaded. */
  static from(entity: ResidentProfile): ResidentProfileModel {
    if (!entity.account || !entity.consents) throw new Error('ResidentProfileModel.from needs account and consents loaded');
    return Object.assign(new ResidentProfileModel(), {
      userId: entity.userId,
      displayName: entity.account.displayName,
      wijkCode: entity.wijkCode,
      buurtCode: entity.buurtCode,
      postcode: entity.postcode,
      ageBand: entity.ageBand,
      languages: entity.languages,
      interests: entity.interests,
      talents: entity.talents,
      wishes: entity.wishes,
      interestsText: entity.interestsText,
      talentsText: entity.talentsText,
      wishesText: entity.wishesText,
      availability: entity.availability,
      travelRadiusKm: entity.travelRadiusKm,
      needs: entity.needs,
      contactPreference: entity.contactPreference,
      viaSocialWorker: entity.viaSocialWorker,
      wantsNewContacts: entity.wantsNewContacts,
      onBehalf: entity.onBehalf,
      consents: [...entity.consents].sort((a, b) => a.givenAt.getTime() - b.givenAt.getTime()).map(ResidentConsentModel.from),
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

/** A line in a social worker's list: enough to find someone, nothing private. Opening the profile is audited. */
@ObjectType('ResidentSummary', {
  description: 'Een inwoner in de lijst van de sociaal werker (zonder privégegevens). / A resident in a social worker’s list (no private fields).',
})
export class ResidentSummaryModel {
  @Field(() => ID, { description: 'Account van de inwoner; open het profiel met `resident(userId)`. / Resident account id.' })
  userId: string;

  @Field({ description: 'Naam. / Display name.' })
  displayName: string;

  @Field({ description: 'Wijkcode. / Wijk code.' })
  wijkCode: string;

  @Field({ description: 'Aangemeld door een sociaal werker (geen login). / Registered on their behalf (no login).' })
  onBehalf: boolean;

  @Field({ description: 'Voorstellen gaan eerst langs de sociaal werker. / Proposals go through the social worker first.' })
  viaSocialWorker: boolean;

  @Field({ description: 'Wanneer het profiel laatst is gewijzigd. / When the profile last changed.' })
  updatedAt: Date;

  static from(entity: ResidentProfile): ResidentSummaryModel {
    if (!entity.account) throw new Error('ResidentSummaryModel.from needs the account loaded');
    return Object.assign(new ResidentSummaryModel(), {
      userId: entity.userId,
      displayName: entity.account.displayName,
      wijkCode: entity.wijkCode,
      onBehalf: entity.onBehalf,
      viaSocialWorker: entity.viaSocialWorker,
      updatedAt: entity.updatedAt,
    });
  }
}
