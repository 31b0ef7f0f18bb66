/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Toegankelijkheid. / Accessibility. */
export type Accessibility =
  /** Aangepast toilet. / Accessible toilet. */
  | 'ACCESSIBLE_TOILET'
  /** Je mag iemand meenemen. / You may bring someone along. */
  | 'COMPANION_WELCOME'
  /** In eenvoudige taal. / In plain language. */
  | 'EASY_LANGUAGE'
  /** Ringleiding. / Hearing loop. */
  | 'HEARING_LOOP'
  /** Rustige plek, weinig prikkels. / Quiet, few stimuli. */
  | 'QUIET'
  /** Gebarentaal. / Sign language. */
  | 'SIGN_LANGUAGE'
  /** Vervoer of ophalen mogelijk. / Transport can be arranged. */
  | 'TRANSPORT_AVAILABLE'
  /** Toegankelijk met een rolstoel. / Wheelchair accessible. */
  | 'WHEELCHAIR';

/** Where it takes place. Only the place, never a resident’s address. */
export type ActivityLocationInput = {
  /** Street and number, postcode and town, on one line. */
  addressLine?: string | null | undefined;
  /** Latitude (WGS84); give it together with longitude. */
  latitude?: number | null | undefined;
  /** Longitude (WGS84); give it together with latitude. */
  longitude?: number | null | undefined;
  /** Name of the place, e.g. "Buurthuis De Geus". */
  name: string;
};

/** When it takes place (Dutch local time). One-off: startsAt and endsAt. Recurring: startsAt (the first date), an RRULE such as "FREQ=WEEKLY;BYDAY=TU", durationMinutes and optionally until. */
export type ActivityScheduleInput = {
  /** How long each occurrence lasts, in minutes (recurring only, 5–1440). */
  durationMinutes?: number | null | undefined;
  /** End of a one-off activity. */
  endsAt?: string | null | undefined;
  /** iCalendar RRULE without DTSTART/UNTIL, e.g. "FREQ=WEEKLY;BYDAY=TU". */
  rrule?: string | null | undefined;
  /** Start (one-off) or first start (recurring). */
  startsAt: string;
  /** No occurrences start after this moment (recurring only). */
  until?: string | null | undefined;
};

/** Where an activity is in its life. */
export type ActivityStatus =
  /** Gaat niet door. / Cancelled. */
  | 'CANCELLED'
  /** Concept: only its organisation sees it. / Draft. */
  | 'DRAFT'
  /** Gepubliceerd: iedereen ziet het. / Published. */
  | 'PUBLISHED';

/** Leeftijdsgroep (geen geboortedatum). / Age band (not a birth date). */
export type AgeBand =
  /** 30 tot en met 49. / 30 to 49. */
  | 'AGE_30_TO_49'
  /** 50 tot en met 64. / 50 to 64. */
  | 'AGE_50_TO_64'
  /** 65 tot en met 74. / 65 to 74. */
  | 'AGE_65_TO_74'
  /** 75 of ouder. / 75 or older. */
  | 'AGE_75_PLUS'
  /** Jonger dan 30. / Under 30. */
  | 'UNDER_30';

/** Give an account a role (admins only). */
export type AssignRoleInput = {
  /** Organisation, for a provider. */
  organisationId?: string | null | undefined;
  /** The new role. */
  role: Role;
  /** The account. */
  userId: string;
  /** Wijk codes, for a social worker. */
  wijkCodes?: Array<string> | null | undefined;
};

/** Voor welke leeftijd een activiteit is. / The age group an activity is meant for. */
export type AudienceAgeBand =
  /** 18 tot en met 29. / 18 to 29. */
  | 'AGE_18_TO_29'
  /** 30 tot en met 49. / 30 to 49. */
  | 'AGE_30_TO_49'
  /** 50 tot en met 64. / 50 to 64. */
  | 'AGE_50_TO_64'
  /** 65 tot en met 74. / 65 to 74. */
  | 'AGE_65_TO_74'
  /** 75 of ouder. / 75 or older. */
  | 'AGE_75_PLUS'
  /** Iedereen is welkom. / Everyone. */
  | 'ALL'
  /** Jonger dan 18. / Under 18. */
  | 'UNDER_18';

/** Which audit entries to show; every condition given must hold. */
export type AuditLogFilterInput = {
  /** Only this action, e.g. RESIDENT_PROFILE_OPENED. */
  action?: string | null | undefined;
  /** Only entries by this account. */
  actorId?: string | null | undefined;
  /** From this moment (inclusive). */
  from?: string | null | undefined;
  /** Only entries about this subject (e.g. a resident account id). */
  subjectId?: string | null | undefined;
  /** Until this moment (exclusive). */
  to?: string | null | undefined;
};

/** Een dagdeel in de week, bijvoorbeeld TUE_MORNING (dinsdagochtend). / A part of a weekday, e.g. TUE_MORNING. */
export type AvailabilitySlot =
  /** vrijdagmiddag / Friday afternoon */
  | 'FRI_AFTERNOON'
  /** vrijdagavond / Friday evening */
  | 'FRI_EVENING'
  /** vrijdagochtend / Friday morning */
  | 'FRI_MORNING'
  /** maandagmiddag / Monday afternoon */
  | 'MON_AFTERNOON'
  /** maandagavond / Monday evening */
  | 'MON_EVENING'
  /** maandagochtend / Monday morning */
  | 'MON_MORNING'
  /** zaterdagmiddag / Saturday afternoon */
  | 'SAT_AFTERNOON'
  /** zaterdagavond / Saturday evening */
  | 'SAT_EVENING'
  /** zaterdagochtend / Saturday morning */
  | 'SAT_MORNING'
  /** zondagmiddag / Sunday afternoon */
  | 'SUN_AFTERNOON'
  /** zondagavond / Sunday evening */
  | 'SUN_EVENING'
  /** zondagochtend / Sunday morning */
  | 'SUN_MORNING'
  /** donderdagmiddag / Thursday afternoon */
  | 'THU_AFTERNOON'
  /** donderdagavond / Thursday evening */
  | 'THU_EVENING'
  /** donderdagochtend / Thursday morning */
  | 'THU_MORNING'
  /** dinsdagmiddag / Tuesday afternoon */
  | 'TUE_AFTERNOON'
  /** dinsdagavond / Tuesday evening */
  | 'TUE_EVENING'
  /** dinsdagochtend / Tuesday morning */
  | 'TUE_MORNING'
  /** woensdagmiddag / Wednesday afternoon */
  | 'WED_AFTERNOON'
  /** woensdagavond / Wednesday evening */
  | 'WED_EVENING'
  /** woensdagochtend / Wednesday morning */
  | 'WED_MORNING';

/** How a buddy trajectory ended. */
export type BuddyOutcome =
  /** They keep in touch on their own. / Ze houden zelf contact. */
  | 'CONTINUES_INFORMALLY'
  /** The goal was reached. / Het doel is gehaald. */
  | 'GOAL_REACHED'
  /** The two did not get on. / Het klikte niet. */
  | 'NO_CLICK'
  /** Stopped before the planned end (moved, ill, no time). / Eerder gestopt. */
  | 'STOPPED_EARLY';

/** A side of a buddy trajectory. */
export type BuddyRole =
  /** The resident who gets a maatje. / De inwoner. */
  | 'RESIDENT'
  /** The maatje: a resident who gives their time. / De vrijwilliger (het maatje). */
  | 'VOLUNTEER';

/** Where a buddy trajectory (maatjestraject) is in its life. */
export type BuddyTrajectoryStatus =
  /** The two meet; check-ins are planned. / Loopt. */
  | 'ACTIVE'
  /** Ended by the social worker, with an outcome. / Afgerond. */
  | 'ENDED';

/** Toestemmingen: true geeft, false trekt in, leeg laat zoals het is. / Consents: true gives, false withdraws, empty leaves as is. */
export type ConsentChoicesInput = {
  /** Je wilt voorstellen krijgen. / You want match proposals. */
  matching?: boolean | null | undefined;
  /** Je doet mee aan de korte vragenlijst. / You take part in the questionnaire. */
  measurement?: boolean | null | undefined;
  /** Je profiel mag bewaard en gebruikt worden. Nodig bij de eerste keer opslaan. / Keep and use the profile; needed on the first save. */
  profileProcessing?: boolean | null | undefined;
};

/** Waar iemand toestemming voor geeft. / What a consent is for. */
export type ConsentKind =
  /** Voorstellen krijgen voor activiteiten en mensen. / Receiving match proposals. */
  | 'MATCHING'
  /** Meedoen aan de korte vragenlijst voor en na. / Taking part in the before-and-after questionnaire. */
  | 'MEASUREMENT'
  /** Je profiel bewaren en gebruiken. / Keeping and using the profile. */
  | 'PROFILE_PROCESSING';

/** Hoe de toestemming is gegeven. / How the consent was given. */
export type ConsentMethod =
  /** Door de inwoner zelf in de app. / By the resident in the app. */
  | 'APP'
  /** Mondeling aan een sociaal werker. / Spoken, to a social worker. */
  | 'SPOKEN'
  /** Op papier aan een sociaal werker. / In writing, to a social worker. */
  | 'WRITTEN';

/** Hoe vaak iemand andere mensen ziet of spreekt. / How often someone sees or speaks to people. */
export type ContactFrequency =
  /** Elke dag. / Every day. */
  | 'DAILY'
  /** Elke maand. / Every month. */
  | 'MONTHLY'
  /** Minder dan eens per maand. / Less than once a month. */
  | 'RARELY'
  /** Elke week. / Every week. */
  | 'WEEKLY';

/** Hoe iemand bericht wil krijgen. / How someone wants to be contacted. */
export type ContactPreference =
  /** In de app. / In the app. */
  | 'APP'
  /** Telefonisch, via de sociaal werker. / By phone, through the social worker. */
  | 'PHONE_VIA_SOCIAL_WORKER';

/** A new activity; it starts as a draft until you publish it. */
export type CreateActivityInput = {
  /** What makes it accessible; default none. */
  accessibility?: Array<Accessibility> | null | undefined;
  /** Who it is for; default [ALL]. */
  audience?: Array<AudienceAgeBand> | null | undefined;
  /** Places per occurrence (at least 1); leave out or null for no limit. */
  capacity?: number | null | undefined;
  /** Cost in euro cents; 0 (the default) is free. */
  costCents?: number | null | undefined;
  /** What happens, in plain text (no HTML). Write in B1 Dutch. */
  description?: string | null | undefined;
  /** Your own system's id for it (unique within your organisation). */
  externalId?: string | null | undefined;
  /** Languages spoken, as ISO 639-1 codes; default ["nl"]. */
  languages?: Array<string> | null | undefined;
  /** The place. */
  location: ActivityLocationInput;
  /** Organisation (admins only; providers and tokens use their own). */
  organisationId?: string | null | undefined;
  /** When it takes place. */
  schedule: ActivityScheduleInput;
  /** Tags from the shared taxonomy (slugs or labels). */
  tags?: Array<string> | null | undefined;
  /** Short title, e.g. "Koffieochtend in De Geus". */
  title: string;
  /** Walk in without signing up (inloop); default false. */
  walkIn?: boolean | null | undefined;
  /** Code of the wijk where it takes place, e.g. WK040201. */
  wijkCode: string;
};

/** A new API token for an organisation. */
export type CreateApiTokenInput = {
  /** What the token is for, e.g. "Agenda-koppeling". */
  name: string;
  /** Organisation (admins only; providers get their own). */
  organisationId?: string | null | undefined;
};

/** A new organisation for the sociale kaart. It stays pending until an admin approves it. */
export type CreateOrganisationInput = {
  /** What the organisation does, in plain text (no HTML). */
  description?: string;
  /** Public email address. */
  email?: string | null | undefined;
  /** What sort of organisation it is. */
  kind: OrganisationKind;
  /** Name, e.g. "Buurthuis De Geus". */
  name: string;
  /** Public phone number, e.g. "035 123 45 67". */
  phone?: string | null | undefined;
  /** Website, starting with http:// or https://. */
  website?: string | null | undefined;
  /** Codes of the wijken it serves, e.g. ["WK040201"]. */
  wijkCodes: Array<string>;
};

/** A new offer (aanbod) or request (vraag). Never put an address or phone number in it. */
export type CreatePostInput = {
  /** OFFER for something you can do, REQUEST for something you would like. */
  kind: PostKind;
  /** Tags from the shared list (slugs or names), at most 10. */
  tags?: Array<string> | null | undefined;
  /** More about it, at most 1000 characters (plain text). */
  text?: string | null | undefined;
  /** Short title, 3 to 80 characters, e.g. "Ik help graag met de computer". */
  title: string;
  /** Wijk code (e.g. WK040201); defaults to the wijk in your profile. Your own wijk or one next to it. */
  wijkCode?: string | null | undefined;
};

/** Een inwoner aanmelden die zelf niet online is, met diens toestemming. Het account krijgt geen login. / Register a resident who is not online, with their consent; the account has no login. */
export type CreateResidentOnBehalfInput = {
  /** Leeftijdsgroep. / Age band. */
  ageBand?: AgeBand | null | undefined;
  /** Wanneer je meestal kunt, per dagdeel. / When you are usually free. */
  availability?: Array<AvailabilitySlot> | null | undefined;
  /** Buurtcode (CBS), bijvoorbeeld BU04020101. / CBS buurt code. */
  buurtCode?: string | null | undefined;
  /** De toestemming van de inwoner en hoe die is gegeven; profileProcessing moet true zijn. / The resident’s consent and how it was given. */
  consent: RecordedConsentInput;
  /** Hoe je bericht wilt krijgen. / How you want to be contacted. */
  contactPreference?: ContactPreference | null | undefined;
  /** Naam die anderen zien (voornaam is genoeg). / Name shown to others. */
  displayName: string;
  /** Interesses: tags uit de lijst. / Interests: tags from the taxonomy. */
  interests?: Array<string> | null | undefined;
  /** Interesses in eigen woorden (max. 500 tekens). / Interests in own words. */
  interestsText?: string | null | undefined;
  /** Talen (ISO-codes zoals nl, en, tr, ar). / Languages (ISO codes). */
  languages?: Array<string> | null | undefined;
  /** Wat je nodig hebt om mee te doen. / What you need to take part. */
  needs?: Array<ResidentNeed> | null | undefined;
  /** Postcode (1211 of 1211 AB); alleen de 4 cijfers worden bewaard en bepalen de wijk. / Postcode; only the 4 digits are kept and give the wijk. */
  postcode?: string | null | undefined;
  /** Talenten: tags uit de lijst. / Talents: tags from the taxonomy. */
  talents?: Array<string> | null | undefined;
  /** Talenten in eigen woorden (max. 500 tekens). / Talents in own words. */
  talentsText?: string | null | undefined;
  /** Hoe ver je wilt reizen, 0.5 tot 25 km. / Travel radius in km. */
  travelRadiusKm?: number | null | undefined;
  /** Voorstellen eerst via je sociaal werker. / Proposals via my social worker. */
  viaSocialWorker?: boolean | null | undefined;
  /** Je wilt graag nieuwe mensen leren kennen. / You would like to meet new people. */
  wantsNewContacts?: boolean | null | undefined;
  /** Wijkcode (CBS), bijvoorbeeld WK040201. Niet nodig als je een postcode geeft. / Wijk code; not needed with a postcode. */
  wijkCode?: string | null | undefined;
  /** Wensen: tags uit de lijst. / Wishes: tags from the taxonomy. */
  wishes?: Array<string> | null | undefined;
  /** Wensen in eigen woorden (max. 500 tekens). / Wishes in own words. */
  wishesText?: string | null | undefined;
};

/** A social worker's decision on a proposal in the curation queue. */
export type CurateMatchInput = {
  /** Offer it to the resident, or not. */
  decision: CurationDecision;
  /** The match. */
  id: string;
  /** A note (shown to the resident when approved), at most 1000 characters. */
  note?: string | null | undefined;
  /** You will introduce the resident in person (warme overdracht). */
  warmHandover?: boolean | null | undefined;
};

/** A social worker's decision on a proposal. */
export type CurationDecision =
  /** Offer it to the resident. / Doorsturen naar de inwoner. */
  | 'APPROVE'
  /** Do not offer it. / Niet doorsturen. */
  | 'REJECT';

/** End an active buddy trajectory with its outcome. */
export type EndBuddyTrajectoryInput = {
  /** The trajectory. */
  id: string;
  /** A note for social work, at most 1000 characters (the two people do not see it). */
  note?: string | null | undefined;
  /** How it ended. */
  outcome: BuddyOutcome;
};

/** Een zorg melden over iemand die misschien alleen is. Geef een wijk of een postcode. / Report a concern about someone who may be isolated. Give a wijk or a postcode. */
export type FileSignalInput = {
  /** Wat je is opgevallen (max. 1000 tekens). / What you noticed. */
  concern: string;
  /** Hoe de sociaal werker de persoon kan bereiken, kort (max. 200 tekens). / How to reach the person, briefly. */
  howToReach: string;
  /** Weet de persoon dat je dit meldt? / Does the person know you report this? */
  personAware: PersonAware;
  /** Of de postcode (1211 of 1211 AB); alleen de 4 cijfers worden gebruikt. / Or the postcode; only the 4 digits are used. */
  postcode?: string | null | undefined;
  /** Hoe wij jou kunnen bereiken met een vraag (niet verplicht). / How we can reach you with a question (optional). */
  reporterContact?: string | null | undefined;
  /** De wijk waar de persoon woont (CBS-code). / The wijk the person lives in. */
  wijkCode?: string | null | undefined;
};

/** Narrow the posts you can see. Everything is optional. */
export type FilterPostsInput = {
  /** Only offers or only requests. */
  kind?: PostKind | null | undefined;
  /** Only posts with this status (default: OPEN). */
  status?: PostStatus | null | undefined;
  /** Posts with at least one of these tags. */
  tags?: Array<string> | null | undefined;
  /** Only this wijk (it must be one you can see). */
  wijkCode?: string | null | undefined;
};

/** How it went ("Is het goed gegaan?"). */
export type FollowUpOutcomeInput = {
  /** A note, at most 1000 characters. */
  note?: string | null | undefined;
  /** They would like more of this. */
  wantsMore: boolean;
  /** It went well. */
  wentWell: boolean;
};

/** The answer to a check-in: how the contact goes. */
export type HowItGoes =
  /** It is hard; the social worker gets in touch. / Het is lastig. */
  | 'DIFFICULT'
  /** It goes well. / Het gaat goed. */
  | 'GOOD'
  /** It is fine. / Het gaat wel. */
  | 'OK';

/** Hoe iemand woont. / Who someone lives with. */
export type LivingSituation =
  /** Alleen. / Alone. */
  | 'ALONE'
  /** Anders. / Otherwise. */
  | 'OTHER'
  /** In een aanleunwoning of zorgwoning. / In sheltered housing. */
  | 'SHELTERED_HOUSING'
  /** Met familie of kinderen. / With family. */
  | 'WITH_FAMILY'
  /** Met partner. / With a partner. */
  | 'WITH_PARTNER';

/** Email address and password. */
export type LoginInput = {
  /** Email address. */
  email: string;
  /** Password. */
  password: string;
};

/** What a match links. */
export type MatchKind =
  /** One resident's offer and another's request. / Aanbod en vraag. */
  | 'OFFER_REQUEST'
  /** A resident and an activity. / Een inwoner en een activiteit. */
  | 'RESIDENT_ACTIVITY';

/** A resident's answer to a proposal. */
export type MatchResponse =
  /** Yes, I would like that. / Ja, graag. */
  | 'ACCEPT'
  /** No, thank you. / Nee, dank je. */
  | 'DECLINE';

/** Where a match proposal is in its life. */
export type MatchStatus =
  /** Accepted (for an offer and request: by both). / Geaccepteerd. */
  | 'ACCEPTED'
  /** A social worker approved it (on its way to the resident). / Goedgekeurd. */
  | 'APPROVED'
  /** Waiting for a social worker before the resident sees it. / Wacht op de sociaal werker. */
  | 'AWAITING_CURATION'
  /** Declined. / Afgewezen. */
  | 'DECLINED'
  /** Not answered in time, or the activity or post ended. / Verlopen. */
  | 'EXPIRED'
  /** Someone asked how it went and recorded the answer. / Nagevraagd. */
  | 'FOLLOWED_UP'
  /** The resident can accept or decline it. / Aangeboden. */
  | 'OFFERED'
  /** Just made by the scorer. / Net voorgesteld. */
  | 'PROPOSED'
  /** A social worker decided not to offer it. / Niet doorgestuurd. */
  | 'REJECTED';

/** Een antwoord op een vraag van de vragenlijst. / An answer to a questionnaire item. */
export type MeasurementAnswer =
  /** Min of meer. / More or less. */
  | 'MORE_OR_LESS'
  /** Nee. / No. */
  | 'NO'
  /** Ja. / Yes. */
  | 'YES';

/** De zes antwoorden. / The six answers: ja (YES), min of meer (MORE_OR_LESS) or nee (NO). */
export type MeasurementAnswersInput = {
  /** 3. Ik voel me vaak in de steek gelaten. / I often feel rejected. */
  abandoned: MeasurementAnswer;
  /** 4. Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen. / There are plenty of people I can rely on when I have problems. */
  canRelyOn: MeasurementAnswer;
  /** 6. Er zijn voldoende mensen met wie ik me nauw verbonden voel. / There are enough people I feel close to. */
  closeTo: MeasurementAnswer;
  /** 1. Ik ervaar een leegte om me heen. / I experience a general sense of emptiness. */
  emptiness: MeasurementAnswer;
  /** 2. Ik mis mensen om me heen. / I miss having people around. */
  missPeople: MeasurementAnswer;
  /** 5. Er zijn veel mensen die ik volledig kan vertrouwen. / There are many people I can trust completely. */
  trustFully: MeasurementAnswer;
};

/** Toestemming voor de vragenlijst. / Consent to take part in the questionnaire. Needed once; a social worker says how the resident gave it. */
export type MeasurementConsentInput = {
  /** The resident agrees that the answers are kept and used (only in numbers per wijk beyond them and their social worker). */
  given: boolean;
  /** Only when a social worker records it: SPOKEN or WRITTEN. A resident in the app leaves it empty (APP). */
  method?: ConsentMethod | null | undefined;
};

/** Wie de antwoorden invulde. / Who entered the answers. */
export type MeasurementMethod =
  /** Een sociaal werker, met de inwoner. / A social worker, together with the resident. */
  | 'ON_BEHALF'
  /** De inwoner zelf, in de app. / The resident, in the app. */
  | 'SELF';

/** Wanneer de vragenlijst is ingevuld. / When the questionnaire was taken. */
export type MeasurementMoment =
  /** De eerste keer, bij het begin. / The first time, at the start (intake). */
  | 'T0'
  /** De tweede keer, ongeveer drie maanden later. / The second time, about three months later. */
  | 'T1';

/** Hoe iemand zich verplaatst. / How someone gets around. */
export type Mobility =
  /** Komt (bijna) niet buiten. / (Almost) never leaves home. */
  | 'HOUSEBOUND'
  /** Zelfstandig. / On their own. */
  | 'INDEPENDENT'
  /** Met rollator of stok. / With a walker or stick. */
  | 'WALKING_AID'
  /** Met rolstoel of scootmobiel. / With a wheelchair or mobility scooter. */
  | 'WHEELCHAIR';

/** 'Bij mij in de buurt': a wijk's centroid or a point, and how far around it. / 'Near me'. */
export type NearInput = {
  /** Around this point: latitude (WGS84), with longitude. */
  latitude?: number | null | undefined;
  /** Around this point: longitude (WGS84), with latitude. */
  longitude?: number | null | undefined;
  /** How far around, in km (0.1–50). Without a wijk or point: around your own wijk (residents). */
  radiusKm?: number;
  /** Around the centre of this wijk (CBS code, e.g. WK040201). */
  wijkCode?: string | null | undefined;
};

/** Soort organisatie. / Kind of organisation. */
export type OrganisationKind =
  /** Kerk, moskee of andere geloofsgemeenschap. / Church or other faith community. */
  | 'CHURCH'
  /** Vereniging of club (sport, hobby, muziek). / Club or association. */
  | 'CLUB'
  /** Buurthuis of wijkcentrum. / Community centre. */
  | 'COMMUNITY_CENTRE'
  /** Zorg en gezondheid. / Health and care. */
  | 'HEALTH'
  /** Bibliotheek. / Library. */
  | 'LIBRARY'
  /** Gemeente. / Municipality. */
  | 'MUNICIPALITY'
  /** Iets anders. / Something else. */
  | 'OTHER'
  /** Welzijn en sociaal werk. / Welfare and social work. */
  | 'WELFARE';

/** Whether an admin approved the organisation for the public sociale kaart. */
export type OrganisationStatus =
  /** Approved: public on the sociale kaart. */
  | 'APPROVED'
  /** Waiting for an admin; visible only to its members and admins. */
  | 'PENDING';

/** Whether the person knows about the signal. / Weet de persoon ervan? */
export type PersonAware =
  /** No. / Nee. */
  | 'NO'
  /** Not sure. / Weet ik niet. */
  | 'UNSURE'
  /** Yes. / Ja. */
  | 'YES';

/** Whether a post offers something (aanbod) or asks for something (vraag). */
export type PostKind =
  /** Aanbod: a talent, something the resident would like to do for others. */
  | 'OFFER'
  /** Vraag: a want, something the resident would like help or company with. */
  | 'REQUEST';

/** Where a post is in its life: open → matched → closed, or expired (and extended again). */
export type PostStatus =
  /** Done or withdrawn by its author. */
  | 'CLOSED'
  /** Its time ran out; the author can extend it to open it again. */
  | 'EXPIRED'
  /** Someone was matched with it; waiting to be closed. */
  | 'MATCHED'
  /** Visible in the neighbourhood and open to reactions. */
  | 'OPEN';

/** The answer to a check-in: how the contact goes. */
export type RecordBuddyCheckInInput = {
  /** The check-in. */
  checkInId: string;
  /** How it goes. */
  howItGoes: HowItGoes;
  /** A note, at most 1000 characters; only you and social work see it. */
  note?: string | null | undefined;
};

/** The answer to a follow-up task. */
export type RecordFollowUpInput = {
  /** The accepted match. */
  matchId: string;
  /** How it went. */
  outcome: FollowUpOutcomeInput;
};

/** De antwoorden van de huisbezoek-checklist (75+). Maakt het profiel aan namens de inwoner, met toestemming. / The home-visit checklist (75+); creates the on-behalf profile with consent. */
export type RecordHomeVisitInput = {
  /** Leeftijdsgroep; 75+ als leeg. / Age band; 75+ when empty. */
  ageBand?: AgeBand | null | undefined;
  /** Wanneer iemand meestal kan. / When they are usually free. */
  availability?: Array<AvailabilitySlot> | null | undefined;
  /** De toestemming van de inwoner; profileProcessing moet true zijn. / The resident’s consent. */
  consent: RecordedConsentInput;
  /** Hoe vaak ziet of spreekt u andere mensen? / How often do you see or speak to people? */
  contactFrequency: ContactFrequency;
  /** Over contacten (max. 500 tekens). / About contacts. */
  contactsNote?: string | null | undefined;
  /** Naam die anderen zien (voornaam is genoeg). / Name shown to others. */
  displayName: string;
  /** Interesses: tags uit de lijst. / Interests: tags. */
  interests?: Array<string> | null | undefined;
  /** Interesses in eigen woorden. / Interests in own words. */
  interestsText?: string | null | undefined;
  /** Over taal (bijvoorbeeld tolk nodig). / About language. */
  languageNote?: string | null | undefined;
  /** Talen (ISO-codes zoals nl, tr). / Languages (ISO codes). */
  languages?: Array<string> | null | undefined;
  /** Hoe woont u? / Who do you live with? */
  livingSituation: LivingSituation;
  /** Hoe verplaatst u zich? / How do you get around? */
  mobility: Mobility;
  /** Over vervoer en bewegen (max. 500 tekens). / About getting around. */
  mobilityNote?: string | null | undefined;
  /** Andere aantekeningen (max. 1000 tekens). / Other notes. */
  notes?: string | null | undefined;
  /** Postcode (1211 of 1211 AB). / Postcode. */
  postcode?: string | null | undefined;
  /** Het signaal waar het bezoek op volgt. / The signal this visit follows up. */
  signalId?: string | null | undefined;
  /** Dag van het bezoek (JJJJ-MM-DD); vandaag als leeg. / Day of the visit; today when empty. */
  visitedOn?: string | null | undefined;
  /** Wil graag nieuwe mensen leren kennen. / Would like to meet new people. */
  wantsNewContacts: boolean;
  /** Wijkcode (CBS); niet nodig met een postcode. / Wijk code; not needed with a postcode. */
  wijkCode?: string | null | undefined;
  /** Wat zou u graag willen: tags. / What they would like: tags. */
  wishes?: Array<string> | null | undefined;
  /** Wat zou u graag willen, in eigen woorden. / What they would like, in own words. */
  wishesText?: string | null | undefined;
};

/** A filled-in questionnaire, by the resident or by a social worker with them. */
export type RecordMeasurementInput = {
  /** The six answers. */
  answers: MeasurementAnswersInput;
  /** Consent, when it has not been given before. */
  consent?: MeasurementConsentInput | null | undefined;
  /** T0 at the start, T1 from 10 weeks after T0. */
  moment: MeasurementMoment;
  /** Social workers: the resident it is for. Residents leave it empty. */
  residentId?: string | null | undefined;
};

/** Toestemming die een sociaal werker vastlegt: hoe die is gegeven. / Consent recorded by a social worker, and how it was given. */
export type RecordedConsentInput = {
  /** Je wilt voorstellen krijgen. / You want match proposals. */
  matching?: boolean | null | undefined;
  /** Je doet mee aan de korte vragenlijst. / You take part in the questionnaire. */
  measurement?: boolean | null | undefined;
  /** Hoe de inwoner toestemming gaf: SPOKEN of WRITTEN. / How the resident gave it: SPOKEN or WRITTEN. */
  method: ConsentMethod;
  /** Je profiel mag bewaard en gebruikt worden. Nodig bij de eerste keer opslaan. / Keep and use the profile; needed on the first save. */
  profileProcessing?: boolean | null | undefined;
};

/** A new resident account. */
export type RegisterInput = {
  /** Name shown to others (first name is enough). */
  displayName: string;
  /** Email address to sign in with. */
  email: string;
  /** Password, at least 8 characters. */
  password: string;
};

/** Wat iemand nodig heeft om mee te doen. / What someone needs to take part. */
export type ResidentNeed =
  /** Een ringleiding. / A hearing loop. */
  | 'HEARING_LOOP'
  /** Iemand die meegaat. / Someone to go along. */
  | 'SOMEONE_TO_GO_ALONG'
  /** Toegankelijk met een rolstoel. / Wheelchair access. */
  | 'WHEELCHAIR_ACCESS';

/** Which residents of your wijken to list. */
export type ResidentsFilterInput = {
  /** Part of the display name. */
  text?: string | null | undefined;
  /** Only this wijk (one you work for); all your wijken when empty. */
  wijkCode?: string | null | undefined;
};

/** A resident's answer to a proposal (or their social worker's, for someone registered on their behalf). */
export type RespondToMatchInput = {
  /** For an offer and request: how the other may reach you (e.g. a phone number), shown only once both accepted. At most 200 characters. */
  contact?: string | null | undefined;
  /** The match. */
  id: string;
  /** Why not (optional), at most 500 characters. Helps to propose better next time. */
  reason?: string | null | undefined;
  /** Yes or no. */
  response: MatchResponse;
};

/** What an account may do. */
export type Role =
  /** Manages reference data, organisations and roles; sees aggregates. */
  | 'ADMIN'
  /** Aanbieder: member of an organisation, lists its activities. */
  | 'PROVIDER'
  /** An inwoner: keeps a profile, posts offers and requests, answers proposals. */
  | 'RESIDENT'
  /** Sociaal werk: works for one or more wijken, curates and follows up. */
  | 'SOCIAL_WORKER';

/** Once, or repeating by a rule. */
export type ScheduleKind =
  /** Eenmalig. / Once. */
  | 'ONE_OFF'
  /** Terugkerend (bijvoorbeeld elke dinsdag). / Recurring. */
  | 'RECURRING';

/** What to search for. Every condition given applies; a condition only some types have leaves the others out. */
export type SearchInput = {
  /** Activities that offer all of these. */
  accessibility?: Array<Accessibility> | null | undefined;
  /** Activities meant for one of these age groups (or for everyone). */
  audience?: Array<AudienceAgeBand> | null | undefined;
  /** true: free activities only; false: paid ones only. */
  free?: boolean | null | undefined;
  /** Activities with a date at or after this moment. */
  from?: string | null | undefined;
  /** Only within a distance of a wijk or a point. */
  near?: NearInput | null | undefined;
  /** Organisations of these kinds only. */
  organisationKinds?: Array<OrganisationKind> | null | undefined;
  /** Posts of these kinds only (offers, requests). */
  postKinds?: Array<PostKind> | null | undefined;
  /** The order of the hits. */
  sort?: SearchSort;
  /** Only with at least one of these tags (slugs or labels). Activities and posts. */
  tags?: Array<string> | null | undefined;
  /** Words to look for (typos and synonyms are understood, Dutch and English). Empty: everything. */
  text?: string | null | undefined;
  /** Activities with a date before this moment. */
  to?: string | null | undefined;
  /** Only these types (default: all you may see). */
  types?: Array<SearchType> | null | undefined;
  /** true: walk-in (inloop) activities only; false: with sign-up only. */
  walkIn?: boolean | null | undefined;
  /** Only in these wijken (an organisation: serving one of them). */
  wijkCodes?: Array<string> | null | undefined;
};

/** Volgorde van de resultaten. / Order of the results. */
export type SearchSort =
  /** Activiteiten die het eerst zijn eerst, daarna de rest. / Soonest activities first, then the rest. */
  | 'DATE'
  /** Dichtbij eerst; vraagt om `near`. / Nearest first; needs `near`. */
  | 'DISTANCE'
  /** Best passend eerst (bij gelijke stand: eerstvolgende datum). / Best match first. */
  | 'RELEVANCE';

/** Soort resultaat. / Kind of search result. */
export type SearchType =
  /** Een activiteit die nog komt. / An upcoming activity. */
  | 'ACTIVITY'
  /** Een organisatie op de sociale kaart. / An organisation on the sociale kaart. */
  | 'ORGANISATION'
  /** Een open vraag of aanbod van een buurtbewoner (alleen voor ingelogde inwoners en sociaal werk, in de eigen en omliggende wijken). / An open offer or request (signed-in residents and social workers only, own and neighbouring wijken). */
  | 'POST';

/** Aanmelding. / Sign-up status. */
export type SignUpStatus =
  /** Afgemeld. / Cancelled. */
  | 'CANCELLED'
  /** Je hebt een plek. / You have a place. */
  | 'CONFIRMED'
  /** Je staat op de wachtlijst. / On the waiting list. */
  | 'WAITING';

/** Who filed a signal. / Wie het signaal gaf. */
export type SignalSource =
  /** An administrator. / Een beheerder. */
  | 'ADMIN'
  /** A provider (or an organisation’s system). / Een aanbieder. */
  | 'PROVIDER'
  /** Anyone, through the public form. / Iemand via het openbare formulier. */
  | 'PUBLIC'
  /** A social worker. / Een sociaal werker. */
  | 'SOCIAL_WORKER';

/** Where a signal is in its handling. / Waar een signaal staat. */
export type SignalStatus =
  /** A social worker got in touch. / Er is contact gelegd. */
  | 'CONTACTED'
  /** It led to an intake (home visit); kept after 6 months. / Intake gedaan. */
  | 'INTAKE_DONE'
  /** Nobody has looked at it yet. / Nieuw. */
  | 'NEW'
  /** Looked at; nothing needed. Deleted after 6 months. / Geen actie nodig. */
  | 'NO_ACTION';

/** Which signals to show. */
export type SignalsFilterInput = {
  /** Only signals with this status; all when left out. */
  status?: SignalStatus | null | undefined;
  /** One of your wijken (admins: any); all of yours when left out. */
  wijkCode?: string | null | undefined;
};

/** Link a volunteer (maatje) and a resident of your wijk for a period. */
export type StartBuddyTrajectoryInput = {
  /** Weeks between check-ins (2–8). */
  checkInEveryWeeks?: number;
  /** What the two want to reach together, at most 1000 characters. */
  goal?: string | null | undefined;
  /** Planned last day, as YYYY-MM-DD; at least one check-in interval after the start, at most two years. */
  plannedEndOn: string;
  /** Contact details the resident agreed to share with the volunteer (e.g. a phone number); nothing else of theirs is shown. */
  residentContact?: string | null | undefined;
  /** The resident who gets a maatje (may be registered on their behalf). */
  residentId: string;
  /** First day, as YYYY-MM-DD. */
  startsOn: string;
  /** Contact details the volunteer agreed to share with the resident. */
  volunteerContact?: string | null | undefined;
  /** The volunteer: a resident with their own account who gives their time. */
  volunteerId: string;
};

/** Whether a tag is something people like doing, something they can do for others, or both. */
export type TagCategory =
  /** Both an interest and a talent (e.g. koken). */
  | 'BOTH'
  /** Something people like doing (e.g. wandelen); matched with activities and others who like it. */
  | 'INTEREST'
  /** Something people can do for others (e.g. computerhulp); offered and asked for in posts. */
  | 'TALENT';

/** A social worker’s next step on a signal: the new status and a note. */
export type TriageSignalInput = {
  /** The status you saw. When someone else changed the signal in the meantime you get CONFLICT instead of overwriting their step. */
  expectedStatus?: SignalStatus | null | undefined;
  /** The signal. */
  id: string;
  /** What you did or decided, at most 1000 characters. */
  note?: string | null | undefined;
  /** The new status (see the transition table: NEW → CONTACTED | NO_ACTION | INTAKE_DONE; CONTACTED → INTAKE_DONE | NO_ACTION). */
  status: SignalStatus;
};

/** Changes to an activity; fields left out stay as they are. A new schedule replaces the old one. */
export type UpdateActivityInput = {
  /** What makes it accessible; default none. */
  accessibility?: Array<Accessibility> | null | undefined;
  /** Who it is for; default [ALL]. */
  audience?: Array<AudienceAgeBand> | null | undefined;
  /** Places per occurrence (at least 1); leave out or null for no limit. */
  capacity?: number | null | undefined;
  /** Cost in euro cents; 0 (the default) is free. */
  costCents?: number | null | undefined;
  /** What happens, in plain text (no HTML). Write in B1 Dutch. */
  description?: string | null | undefined;
  /** The activity to change. */
  id: string;
  /** Languages spoken, as ISO 639-1 codes; default ["nl"]. */
  languages?: Array<string> | null | undefined;
  /** The place. */
  location?: ActivityLocationInput | null | undefined;
  /** When it takes place. */
  schedule?: ActivityScheduleInput | null | undefined;
  /** Tags from the shared taxonomy (slugs or labels). */
  tags?: Array<string> | null | undefined;
  /** Short title, e.g. "Koffieochtend in De Geus". */
  title?: string | null | undefined;
  /** Walk in without signing up (inloop); default false. */
  walkIn?: boolean | null | undefined;
  /** Code of the wijk where it takes place, e.g. WK040201. */
  wijkCode?: string | null | undefined;
};

/** Je profiel maken of aanpassen. Alleen wat je invult verandert. De eerste keer: kies je wijk (of geef je postcode) en geef toestemming (consents.profileProcessing). / Create or change your profile; only what you fill in changes. */
export type UpdateMyProfileInput = {
  /** Leeftijdsgroep. / Age band. */
  ageBand?: AgeBand | null | undefined;
  /** Wanneer je meestal kunt, per dagdeel. / When you are usually free. */
  availability?: Array<AvailabilitySlot> | null | undefined;
  /** Buurtcode (CBS), bijvoorbeeld BU04020101. / CBS buurt code. */
  buurtCode?: string | null | undefined;
  /** Toestemmingen geven of intrekken. / Give or withdraw consents. */
  consents?: ConsentChoicesInput | null | undefined;
  /** Hoe je bericht wilt krijgen. / How you want to be contacted. */
  contactPreference?: ContactPreference | null | undefined;
  /** Naam die anderen zien (voornaam is genoeg). / Name shown to others. */
  displayName?: string | null | undefined;
  /** Interesses: tags uit de lijst. / Interests: tags from the taxonomy. */
  interests?: Array<string> | null | undefined;
  /** Interesses in eigen woorden (max. 500 tekens). / Interests in own words. */
  interestsText?: string | null | undefined;
  /** Talen (ISO-codes zoals nl, en, tr, ar). / Languages (ISO codes). */
  languages?: Array<string> | null | undefined;
  /** Wat je nodig hebt om mee te doen. / What you need to take part. */
  needs?: Array<ResidentNeed> | null | undefined;
  /** Postcode (1211 of 1211 AB); alleen de 4 cijfers worden bewaard en bepalen de wijk. / Postcode; only the 4 digits are kept and give the wijk. */
  postcode?: string | null | undefined;
  /** Talenten: tags uit de lijst. / Talents: tags from the taxonomy. */
  talents?: Array<string> | null | undefined;
  /** Talenten in eigen woorden (max. 500 tekens). / Talents in own words. */
  talentsText?: string | null | undefined;
  /** Hoe ver je wilt reizen, 0.5 tot 25 km. / Travel radius in km. */
  travelRadiusKm?: number | null | undefined;
  /** Voorstellen eerst via je sociaal werker. / Proposals via my social worker. */
  viaSocialWorker?: boolean | null | undefined;
  /** Je wilt graag nieuwe mensen leren kennen. / You would like to meet new people. */
  wantsNewContacts?: boolean | null | undefined;
  /** Wijkcode (CBS), bijvoorbeeld WK040201. Niet nodig als je een postcode geeft. / Wijk code; not needed with a postcode. */
  wijkCode?: string | null | undefined;
  /** Wensen: tags uit de lijst. / Wishes: tags from the taxonomy. */
  wishes?: Array<string> | null | undefined;
  /** Wensen in eigen woorden (max. 500 tekens). / Wishes in own words. */
  wishesText?: string | null | undefined;
};

/** Changes to an organisation; fields left out stay as they are, null clears a contact field. */
export type UpdateOrganisationInput = {
  /** What the organisation does, in plain text (no HTML). */
  description?: string | null | undefined;
  /** Public email address. */
  email?: string | null | undefined;
  /** The organisation to change. */
  id: string;
  /** What sort of organisation it is. */
  kind?: OrganisationKind | null | undefined;
  /** Name, e.g. "Buurthuis De Geus". */
  name?: string | null | undefined;
  /** Public phone number, e.g. "035 123 45 67". */
  phone?: string | null | undefined;
  /** Website, starting with http:// or https://. */
  website?: string | null | undefined;
  /** Codes of the wijken it serves, e.g. ["WK040201"]. */
  wijkCodes?: Array<string> | null | undefined;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string | null, displayName: string, role: Role, wijkCodes: Array<string>, organisationId: string | null } | null };

export type AccountUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccountUpdatedSubscription = { accountUpdated: { id: string, email: string | null, displayName: string, role: Role, wijkCodes: Array<string>, organisationId: string | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type OccurrencesQueryVariables = Exact<{
  wijkCode?: string | null | undefined;
  organisationId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number;
}>;


export type OccurrencesQuery = { occurrences: Array<{ activityId: string, startsAt: string, endsAt: string, placesLeft: number | null, activity: { id: string, title: string, description: string, tags: Array<string>, free: boolean, costCents: number, walkIn: boolean, capacity: number | null, accessibility: Array<Accessibility>, wijkCode: string, location: { name: string, addressLine: string | null }, organisation: { id: string, name: string, phone: string | null } | null } }> };

export type MySignUpsQueryVariables = Exact<{
  includePast?: boolean;
}>;


export type MySignUpsQuery = { mySignUps: Array<{ id: string, status: SignUpStatus, occurrenceStart: string, activityId: string, activity: { id: string, title: string, location: { name: string, addressLine: string | null }, schedule: { durationMinutes: number | null } } | null }> };

export type TagsQueryVariables = Exact<{ [key: string]: never; }>;


export type TagsQuery = { tags: Array<{ slug: string, labelNl: string, labelEn: string, category: TagCategory }> };

export type WijkenQueryVariables = Exact<{ [key: string]: never; }>;


export type WijkenQuery = { wijken: Array<{ code: string, name: string, municipalityName: string }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, account: { id: string, role: Role } } };

export type ExportMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataMutation = { exportMyData: string };

export type EraseMeMutationVariables = Exact<{
  confirm: boolean;
}>;


export type EraseMeMutation = { eraseMe: boolean };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { expiresAt: string, account: { id: string, role: Role } } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { nodes: Array<{ id: string, action: string, actorId: string | null, subjectType: string, subjectId: string, wijkCode: string | null, details: string, occurredAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WijkStatsQueryVariables = Exact<{
  from: string;
  to: string;
  wijkCodes?: Array<string> | string | null | undefined;
}>;


export type WijkStatsQuery = { wijkStats: { from: string, to: string, rows: Array<{ wijkCode: string, wijkName: string, activeResidents: { value: number | null, suppressed: boolean, display: string }, openOffers: { value: number | null, suppressed: boolean, display: string }, openRequests: { value: number | null, suppressed: boolean, display: string }, proposals: { value: number | null, suppressed: boolean, display: string }, accepted: { value: number | null, suppressed: boolean, display: string }, followedUp: { value: number | null, suppressed: boolean, display: string }, medianDaysToFirstMatch: { value: number | null, suppressed: boolean, display: string }, shareWithAcceptedMatch: { value: number | null, suppressed: boolean, display: string }, signalsNew: { value: number | null, suppressed: boolean, display: string }, signalsContacted: { value: number | null, suppressed: boolean, display: string }, signalsIntakeDone: { value: number | null, suppressed: boolean, display: string }, signalsNoAction: { value: number | null, suppressed: boolean, display: string }, changeAll: { value: number | null, suppressed: boolean, display: string }, changeActivity: { value: number | null, suppressed: boolean, display: string }, changeBuddy: { value: number | null, suppressed: boolean, display: string }, changePeerMatch: { value: number | null, suppressed: boolean, display: string }, changeNone: { value: number | null, suppressed: boolean, display: string } }> } };

export type AdminOrganisationsQueryVariables = Exact<{
  status?: OrganisationStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminOrganisationsQuery = { organisations: { nodes: Array<{ id: string, name: string, kind: OrganisationKind, description: string, email: string | null, phone: string | null, website: string | null, wijkCodes: Array<string>, status: OrganisationStatus, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApproveOrganisationMutationVariables = Exact<{
  id: string;
}>;


export type ApproveOrganisationMutation = { approveOrganisation: { id: string, status: OrganisationStatus, approvedAt: string | null } };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { assignRole: { id: string, displayName: string, role: Role, wijkCodes: Array<string>, organisationId: string | null } };

export type OrganisationChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationChoicesQuery = { organisations: { nodes: Array<{ id: string, name: string }> } };

export type AccountsByEmailQueryVariables = Exact<{
  email: string;
}>;


export type AccountsByEmailQuery = { accounts: { nodes: Array<{ id: string, email: string | null, displayName: string, role: Role }>, pageInfo: { hasNextPage: boolean } } };

export type ImportWijkenMutationVariables = Exact<{
  csv: string;
}>;


export type ImportWijkenMutation = { importWijken: { imported: number, updated: number, unchanged: number, wijken: number, buurten: number, postcodes: number, errors: Array<{ line: number, field: string, message: string }> } };

export type ActivityQueryVariables = Exact<{
  id: string;
}>;


export type ActivityQuery = { activity: { id: string, title: string, description: string, tags: Array<string>, free: boolean, costCents: number, walkIn: boolean, capacity: number | null, accessibility: Array<Accessibility>, audience: Array<AudienceAgeBand>, languages: Array<string>, status: ActivityStatus, wijkCode: string, organisationId: string, cancellationReason: string | null, location: { name: string, addressLine: string | null }, schedule: { kind: ScheduleKind, startsAt: string, endsAt: string | null, durationMinutes: number | null }, organisation: { id: string, name: string, phone: string | null, email: string | null, website: string | null } | null } };

export type SignUpMutationVariables = Exact<{
  activityId: string;
  occurrenceStart?: string | null | undefined;
}>;


export type SignUpMutation = { signUp: { id: string, status: SignUpStatus, occurrenceStart: string } };

export type MyWijkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWijkQuery = { myProfile: { userId: string, wijkCode: string } | null };

export type CancelSignUpMutationVariables = Exact<{
  id: string;
}>;


export type CancelSignUpMutation = { cancelSignUp: { id: string, status: SignUpStatus } };

export type PrintWijkQueryVariables = Exact<{
  code: string;
}>;


export type PrintWijkQuery = { wijk: { code: string, name: string, municipalityName: string } };

export type EndBuddyTrajectoryMutationVariables = Exact<{
  input: EndBuddyTrajectoryInput;
}>;


export type EndBuddyTrajectoryMutation = { endBuddyTrajectory: { id: string, status: BuddyTrajectoryStatus, outcome: BuddyOutcome | null, endedOn: string | null } };

export type BuddyCandidatesQueryVariables = Exact<{
  filter?: ResidentsFilterInput | null | undefined;
}>;


export type BuddyCandidatesQuery = { residents: { nodes: Array<{ userId: string, displayName: string, wijkCode: string, onBehalf: boolean }> } };

export type StartBuddyTrajectoryMutationVariables = Exact<{
  input: StartBuddyTrajectoryInput;
}>;


export type StartBuddyTrajectoryMutation = { startBuddyTrajectory: { id: string } };

export type BuddyTrajectoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type BuddyTrajectoriesQuery = { buddyTrajectories: { nodes: Array<{ id: string, status: BuddyTrajectoryStatus, wijkCode: string, startedOn: string, plannedEndOn: string, endedOn: string | null, outcome: BuddyOutcome | null, goal: string | null, checkInEveryWeeks: number, myRole: BuddyRole | null, nextCheckInId: string | null, nextCheckInOn: string | null, volunteer: { userId: string, displayName: string, contact: string | null }, resident: { userId: string, displayName: string, contact: string | null } }> } };

export type BuddyTrajectoryQueryVariables = Exact<{
  id: string;
}>;


export type BuddyTrajectoryQuery = { buddyTrajectory: { id: string, status: BuddyTrajectoryStatus, wijkCode: string, startedOn: string, plannedEndOn: string, endedOn: string | null, outcome: BuddyOutcome | null, goal: string | null, checkInEveryWeeks: number, endNote: string | null, nextCheckInId: string | null, nextCheckInOn: string | null, volunteer: { userId: string, displayName: string, contact: string | null }, resident: { userId: string, displayName: string, contact: string | null } }, buddyCheckIns: { nodes: Array<{ id: string, dueOn: string, due: boolean, doneAt: string | null, howItGoes: HowItGoes | null, note: string | null }> } };

export type DueBuddyCheckInsQueryVariables = Exact<{ [key: string]: never; }>;


export type DueBuddyCheckInsQuery = { buddyCheckIns: { nodes: Array<{ id: string, dueOn: string, trajectory: { id: string, volunteer: { displayName: string }, resident: { displayName: string } } }> } };

export type RecordBuddyCheckInMutationVariables = Exact<{
  input: RecordBuddyCheckInInput;
}>;


export type RecordBuddyCheckInMutation = { recordBuddyCheckIn: { id: string, doneAt: string | null, howItGoes: HowItGoes | null } };

export type CurationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationQueueQuery = { curationQueue: { nodes: Array<{ id: string, kind: MatchKind, status: MatchStatus, activityId: string | null, offerPostId: string | null, requestPostId: string | null, residentId: string, score: number, curated: boolean, curationNote: string | null, warmHandover: boolean, counterpartContact: string | null, acceptedByMe: boolean, offeredAt: string | null, respondedAt: string | null, updatedAt: string, wijkCode: string, proposedAt: string, reasons: Array<{ nl: string, en: string }> }> } };

export type CurationQueueChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CurationQueueChangedSubscription = { curationQueueChanged: { change: string, matchId: string, wijkCode: string } };

export type CurateMatchMutationVariables = Exact<{
  input: CurateMatchInput;
}>;


export type CurateMatchMutation = { curateMatch: { id: string, status: MatchStatus } };

export type FollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpsQuery = { followUps: { nodes: Array<{ id: string, kind: MatchKind, status: MatchStatus, activityId: string | null, offerPostId: string | null, requestPostId: string | null, residentId: string, score: number, curated: boolean, curationNote: string | null, warmHandover: boolean, counterpartContact: string | null, acceptedByMe: boolean, offeredAt: string | null, respondedAt: string | null, updatedAt: string, wijkCode: string, followUpDueAt: string | null, reasons: Array<{ nl: string, en: string }> }> } };

export type RecordFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;


export type RecordFollowUpMutation = { recordFollowUp: { id: string, status: MatchStatus, followedUpAt: string | null, outcomeWentWell: boolean | null, outcomeWantsMore: boolean | null } };

export type MatchActivityQueryVariables = Exact<{
  id: string;
}>;


export type MatchActivityQuery = { activity: { id: string, title: string, walkIn: boolean, free: boolean, costCents: number, location: { name: string }, schedule: { kind: ScheduleKind, startsAt: string } } };

export type MatchPostQueryVariables = Exact<{
  id: string;
}>;


export type MatchPostQuery = { post: { id: string, kind: PostKind, title: string, text: string, authorName: string } };

export type RespondToMatchMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type RespondToMatchMutation = { respondToMatch: { id: string, status: MatchStatus, acceptedByMe: boolean, counterpartContact: string | null, respondedAt: string | null, updatedAt: string } };

export type MatchesQueryVariables = Exact<{
  since?: string | null | undefined;
  first?: number;
}>;


export type MatchesQuery = { matches: { nodes: Array<{ id: string, kind: MatchKind, status: MatchStatus, activityId: string | null, offerPostId: string | null, requestPostId: string | null, residentId: string, score: number, curated: boolean, curationNote: string | null, warmHandover: boolean, counterpartContact: string | null, acceptedByMe: boolean, offeredAt: string | null, respondedAt: string | null, updatedAt: string, wijkCode: string, reasons: Array<{ nl: string, en: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MatchProposedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MatchProposedSubscription = { matchProposed: { id: string, status: MatchStatus, updatedAt: string } };

export type MatchUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MatchUpdatedSubscription = { matchUpdated: { id: string, status: MatchStatus, updatedAt: string } };

export type MeasurementFieldsFragment = { id: string, residentId: string, moment: MeasurementMoment, takenAt: string, method: MeasurementMethod, emotionalScore: number, socialScore: number, totalScore: number, answers: { emptiness: MeasurementAnswer, missPeople: MeasurementAnswer, abandoned: MeasurementAnswer, canRelyOn: MeasurementAnswer, trustFully: MeasurementAnswer, closeTo: MeasurementAnswer } };

export type MyMeasurementsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMeasurementsQuery = { myMeasurements: Array<{ id: string, residentId: string, moment: MeasurementMoment, takenAt: string, method: MeasurementMethod, emotionalScore: number, socialScore: number, totalScore: number, answers: { emptiness: MeasurementAnswer, missPeople: MeasurementAnswer, abandoned: MeasurementAnswer, canRelyOn: MeasurementAnswer, trustFully: MeasurementAnswer, closeTo: MeasurementAnswer } }> };

export type ResidentMeasurementsQueryVariables = Exact<{
  residentId: string;
}>;


export type ResidentMeasurementsQuery = { measurements: Array<{ id: string, residentId: string, moment: MeasurementMoment, takenAt: string, method: MeasurementMethod, emotionalScore: number, socialScore: number, totalScore: number, answers: { emptiness: MeasurementAnswer, missPeople: MeasurementAnswer, abandoned: MeasurementAnswer, canRelyOn: MeasurementAnswer, trustFully: MeasurementAnswer, closeTo: MeasurementAnswer } }>, resident: { userId: string, displayName: string } };

export type RecordMeasurementMutationVariables = Exact<{
  input: RecordMeasurementInput;
}>;


export type RecordMeasurementMutation = { recordMeasurement: { id: string, residentId: string, moment: MeasurementMoment, takenAt: string, method: MeasurementMethod, emotionalScore: number, socialScore: number, totalScore: number, answers: { emptiness: MeasurementAnswer, missPeople: MeasurementAnswer, abandoned: MeasurementAnswer, canRelyOn: MeasurementAnswer, trustFully: MeasurementAnswer, closeTo: MeasurementAnswer } } };

export type ClosePostMutationVariables = Exact<{
  id: string;
}>;


export type ClosePostMutation = { closePost: { id: string, status: PostStatus } };

export type ExtendPostMutationVariables = Exact<{
  id: string;
}>;


export type ExtendPostMutation = { extendPost: { id: string, status: PostStatus, expiresAt: string } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { id: string, kind: PostKind, title: string } };

export type PostsQueryVariables = Exact<{
  filter?: FilterPostsInput | null | undefined;
  after?: string | null | undefined;
}>;


export type PostsQuery = { posts: { nodes: Array<{ id: string, kind: PostKind, title: string, text: string, tags: Array<string>, authorName: string, wijkName: string | null, wijkCode: string, createdAt: string, isMine: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyPostsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyPostsQuery = { myPosts: { nodes: Array<{ id: string, kind: PostKind, title: string, text: string, tags: Array<string>, status: PostStatus, createdAt: string, expiresAt: string, wijkName: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { userId: string, wijkCode: string, postcode: string | null, interests: Array<string>, interestsText: string | null, talents: Array<string>, talentsText: string | null, availability: Array<AvailabilitySlot>, needs: Array<ResidentNeed>, travelRadiusKm: number, viaSocialWorker: boolean, contactPreference: ContactPreference } };

export type WijkForPostcodeQueryVariables = Exact<{
  postcode: string;
}>;


export type WijkForPostcodeQuery = { wijkForPostcode: { code: string, name: string } | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { myProfile: { userId: string, displayName: string, wijkCode: string, postcode: string | null, interests: Array<string>, interestsText: string | null, talents: Array<string>, talentsText: string | null, availability: Array<AvailabilitySlot>, needs: Array<ResidentNeed>, travelRadiusKm: number, viaSocialWorker: boolean, contactPreference: ContactPreference, consents: Array<{ kind: ConsentKind, givenAt: string, withdrawnAt: string | null }> } | null };

export type EditActivityQueryVariables = Exact<{
  id: string;
}>;


export type EditActivityQuery = { activity: { id: string, title: string, description: string, wijkCode: string, tags: Array<string>, status: ActivityStatus, capacity: number | null, costCents: number, walkIn: boolean, accessibility: Array<Accessibility>, location: { name: string, addressLine: string | null }, schedule: { kind: ScheduleKind, startsAt: string, endsAt: string | null, rrule: string | null, durationMinutes: number | null, until: string | null } } };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { id: string, title: string, status: ActivityStatus } };

export type UpdateActivityMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;


export type UpdateActivityMutation = { updateActivity: { id: string, title: string, status: ActivityStatus } };

export type ProviderActivityQueryVariables = Exact<{
  id: string;
}>;


export type ProviderActivityQuery = { activity: { id: string, title: string, status: ActivityStatus, capacity: number | null, walkIn: boolean, wijkCode: string, organisationId: string } };

export type ActivitySignUpsQueryVariables = Exact<{
  id: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ActivitySignUpsQuery = { activitySignUps: Array<{ activityId: string, startsAt: string, endsAt: string, capacity: number | null, confirmed: Array<{ signUpId: string, name: string }>, waiting: Array<{ signUpId: string, name: string }> }> };

export type ActivitySignUpsChangedSubscriptionVariables = Exact<{
  id: string;
}>;


export type ActivitySignUpsChangedSubscription = { activitySignUpsChanged: { activityId: string, occurrenceStart: string } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, apiToken: { id: string, name: string, prefix: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, status: OrganisationStatus } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, kind: OrganisationKind, description: string, email: string | null, phone: string | null, website: string | null, wijkCodes: Array<string>, status: OrganisationStatus } };

export type OrganisationActivitiesQueryVariables = Exact<{
  organisationId: string;
  after?: string | null | undefined;
}>;


export type OrganisationActivitiesQuery = { activities: { nodes: Array<{ id: string, title: string, status: ActivityStatus, wijkCode: string, capacity: number | null, schedule: { kind: ScheduleKind, startsAt: string, rrule: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublishActivityMutationVariables = Exact<{
  id: string;
}>;


export type PublishActivityMutation = { publishActivity: { id: string, status: ActivityStatus } };

export type CancelActivityMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type CancelActivityMutation = { cancelActivity: { id: string, status: ActivityStatus } };

export type OrganisationQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationQuery = { organisation: { id: string, name: string, kind: OrganisationKind, description: string, email: string | null, phone: string | null, website: string | null, wijkCodes: Array<string>, status: OrganisationStatus, approvedAt: string | null } };

export type SearchQueryVariables = Exact<{
  input?: SearchInput | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, nodes: Array<{ id: string, type: SearchType, title: string, locationName: string | null, organisationName: string | null, postKind: PostKind | null, wijkNames: Array<string>, upcomingDates: Array<string>, free: boolean | null, walkIn: boolean | null, titleHighlight: Array<{ text: string, match: boolean }>, snippet: Array<{ text: string, match: boolean }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordHomeVisitMutationVariables = Exact<{
  input: RecordHomeVisitInput;
}>;


export type RecordHomeVisitMutation = { recordHomeVisit: { residentId: string, displayName: string, homeVisit: { id: string, signalId: string | null } } };

export type SignalQueryVariables = Exact<{
  id: string;
}>;


export type SignalQuery = { signal: { id: string, wijkCode: string, status: SignalStatus, source: SignalSource, howToReach: string, concern: string, personAware: PersonAware, reporterContact: string | null, triageNote: string | null, createdAt: string, closedAt: string | null, deleteAfter: string | null, intakeResidentId: string | null, history: Array<{ fromStatus: SignalStatus, toStatus: SignalStatus, note: string | null, triagedAt: string }> } };

export type TriageSignalMutationVariables = Exact<{
  input: TriageSignalInput;
}>;


export type TriageSignalMutation = { triageSignal: { id: string, wijkCode: string, status: SignalStatus, source: SignalSource, howToReach: string, concern: string, personAware: PersonAware, reporterContact: string | null, triageNote: string | null, createdAt: string, closedAt: string | null, deleteAfter: string | null, intakeResidentId: string | null, history: Array<{ fromStatus: SignalStatus, toStatus: SignalStatus, note: string | null, triagedAt: string }> } };

export type SignalsQueryVariables = Exact<{
  filter?: SignalsFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type SignalsQuery = { signals: { nodes: Array<{ id: string, wijkCode: string, status: SignalStatus, source: SignalSource, concern: string, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SignalFiledSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SignalFiledSubscription = { signalFiled: { signalId: string, wijkCode: string } };

export type FileSignalMutationVariables = Exact<{
  input: FileSignalInput;
}>;


export type FileSignalMutation = { fileSignal: { reference: string, wijkName: string } };

export type CreateResidentOnBehalfMutationVariables = Exact<{
  input: CreateResidentOnBehalfInput;
}>;


export type CreateResidentOnBehalfMutation = { createResidentOnBehalf: { userId: string, displayName: string } };

export type ResidentQueryVariables = Exact<{
  userId: string;
}>;


export type ResidentQuery = { resident: { userId: string, displayName: string, wijkCode: string, postcode: string | null, ageBand: AgeBand | null, languages: Array<string>, interests: Array<string>, interestsText: string | null, talents: Array<string>, talentsText: string | null, wishes: Array<string>, wishesText: string | null, availability: Array<AvailabilitySlot>, needs: Array<ResidentNeed>, travelRadiusKm: number, viaSocialWorker: boolean, contactPreference: ContactPreference, onBehalf: boolean, updatedAt: string, consents: Array<{ kind: ConsentKind, method: ConsentMethod, givenAt: string, withdrawnAt: string | null }> } };

export type ResidentHomeVisitsQueryVariables = Exact<{
  residentId: string;
}>;


export type ResidentHomeVisitsQuery = { homeVisits: Array<{ id: string, visitedOn: string, visitedByName: string | null, livingSituation: LivingSituation, contactFrequency: ContactFrequency, mobility: Mobility, notes: string | null }> };

export type ResidentsQueryVariables = Exact<{
  filter?: ResidentsFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type ResidentsQuery = { residents: { nodes: Array<{ userId: string, displayName: string, wijkCode: string, onBehalf: boolean, viaSocialWorker: boolean, updatedAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const MeasurementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emotionalScore"}},{"kind":"Field","name":{"kind":"Name","value":"socialScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emptiness"}},{"kind":"Field","name":{"kind":"Name","value":"missPeople"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"canRelyOn"}},{"kind":"Field","name":{"kind":"Name","value":"trustFully"}},{"kind":"Field","name":{"kind":"Name","value":"closeTo"}}]}}]}}]} as unknown as DocumentNode<MeasurementFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCodes"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AccountUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AccountUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCodes"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}}]} as unknown as DocumentNode<AccountUpdatedSubscription, AccountUpdatedSubscriptionVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OccurrencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Occurrences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wijkCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"wijkCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wijkCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OccurrencesQuery, OccurrencesQueryVariables>;
export const MySignUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySignUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePast"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySignUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includePast"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePast"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySignUpsQuery, MySignUpsQueryVariables>;
export const TagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<TagsQuery, TagsQueryVariables>;
export const WijkenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wijken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}}]}}]}}]} as unknown as DocumentNode<WijkenQuery, WijkenQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ExportMyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"}}]}}]} as unknown as DocumentNode<ExportMyDataMutation, ExportMyDataMutationVariables>;
export const EraseMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}]}]}}]} as unknown as DocumentNode<EraseMeMutation, EraseMeMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const WijkStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WijkStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wijkCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijkStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"wijkCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wijkCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"wijkName"}},{"kind":"Field","name":{"kind":"Name","value":"activeResidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accepted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followedUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstMatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareWithAcceptedMatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signalsNew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signalsContacted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signalsIntakeDone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signalsNoAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeBuddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changePeerMatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeNone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WijkStatsQuery, WijkStatsQueryVariables>;
export const AdminOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const ApproveOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]} as unknown as DocumentNode<ApproveOrganisationMutation, ApproveOrganisationMutationVariables>;
export const AssignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCodes"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}}]} as unknown as DocumentNode<AssignRoleMutation, AssignRoleMutationVariables>;
export const OrganisationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationChoicesQuery, OrganisationChoicesQueryVariables>;
export const AccountsByEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsByEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AccountsByEmailQuery, AccountsByEmailQueryVariables>;
export const ImportWijkenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportWijken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importWijken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"wijken"}},{"kind":"Field","name":{"kind":"Name","value":"buurten"}},{"kind":"Field","name":{"kind":"Name","value":"postcodes"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportWijkenMutation, ImportWijkenMutationVariables>;
export const ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityQuery, ActivityQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occurrenceStart"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"occurrenceStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occurrenceStart"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const MyWijkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWijk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}}]}}]}}]} as unknown as DocumentNode<MyWijkQuery, MyWijkQueryVariables>;
export const CancelSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelSignUpMutation, CancelSignUpMutationVariables>;
export const PrintWijkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrintWijk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}}]}}]}}]} as unknown as DocumentNode<PrintWijkQuery, PrintWijkQueryVariables>;
export const EndBuddyTrajectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndBuddyTrajectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndBuddyTrajectoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endBuddyTrajectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<EndBuddyTrajectoryMutation, EndBuddyTrajectoryMutationVariables>;
export const BuddyCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuddyCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentsFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}}]}}]}}]}}]} as unknown as DocumentNode<BuddyCandidatesQuery, BuddyCandidatesQueryVariables>;
export const StartBuddyTrajectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBuddyTrajectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartBuddyTrajectoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBuddyTrajectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartBuddyTrajectoryMutation, StartBuddyTrajectoryMutationVariables>;
export const BuddyTrajectoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuddyTrajectories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyTrajectories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"checkInEveryWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckInId"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckInOn"}}]}}]}}]}}]} as unknown as DocumentNode<BuddyTrajectoriesQuery, BuddyTrajectoriesQueryVariables>;
export const BuddyTrajectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuddyTrajectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyTrajectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"checkInEveryWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckInId"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckInOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddyCheckIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"howItGoes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<BuddyTrajectoryQuery, BuddyTrajectoryQueryVariables>;
export const DueBuddyCheckInsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueBuddyCheckIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyCheckIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"due"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"trajectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DueBuddyCheckInsQuery, DueBuddyCheckInsQueryVariables>;
export const RecordBuddyCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBuddyCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBuddyCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBuddyCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"howItGoes"}}]}}]}}]} as unknown as DocumentNode<RecordBuddyCheckInMutation, RecordBuddyCheckInMutationVariables>;
export const CurationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"offerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"requestPostId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"curated"}},{"kind":"Field","name":{"kind":"Name","value":"curationNote"}},{"kind":"Field","name":{"kind":"Name","value":"warmHandover"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartContact"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CurationQueueQuery, CurationQueueQueryVariables>;
export const CurationQueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CurationQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curationQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}}]}}]}}]} as unknown as DocumentNode<CurationQueueChangedSubscription, CurationQueueChangedSubscriptionVariables>;
export const CurateMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CurateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curateMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CurateMatchMutation, CurateMatchMutationVariables>;
export const FollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"offerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"requestPostId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"curated"}},{"kind":"Field","name":{"kind":"Name","value":"curationNote"}},{"kind":"Field","name":{"kind":"Name","value":"warmHandover"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartContact"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpsQuery, FollowUpsQueryVariables>;
export const RecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeWentWell"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeWantsMore"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const MatchActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatchActivityQuery, MatchActivityQueryVariables>;
export const MatchPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]}}]} as unknown as DocumentNode<MatchPostQuery, MatchPostQueryVariables>;
export const RespondToMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartContact"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RespondToMatchMutation, RespondToMatchMutationVariables>;
export const MatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"offerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"requestPostId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"curated"}},{"kind":"Field","name":{"kind":"Name","value":"curationNote"}},{"kind":"Field","name":{"kind":"Name","value":"warmHandover"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartContact"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MatchesQuery, MatchesQueryVariables>;
export const MatchProposedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatchProposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchProposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MatchProposedSubscription, MatchProposedSubscriptionVariables>;
export const MatchUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatchUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MatchUpdatedSubscription, MatchUpdatedSubscriptionVariables>;
export const MyMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMeasurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMeasurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emotionalScore"}},{"kind":"Field","name":{"kind":"Name","value":"socialScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emptiness"}},{"kind":"Field","name":{"kind":"Name","value":"missPeople"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"canRelyOn"}},{"kind":"Field","name":{"kind":"Name","value":"trustFully"}},{"kind":"Field","name":{"kind":"Name","value":"closeTo"}}]}}]}}]} as unknown as DocumentNode<MyMeasurementsQuery, MyMeasurementsQueryVariables>;
export const ResidentMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentMeasurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emotionalScore"}},{"kind":"Field","name":{"kind":"Name","value":"socialScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emptiness"}},{"kind":"Field","name":{"kind":"Name","value":"missPeople"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"canRelyOn"}},{"kind":"Field","name":{"kind":"Name","value":"trustFully"}},{"kind":"Field","name":{"kind":"Name","value":"closeTo"}}]}}]}}]} as unknown as DocumentNode<ResidentMeasurementsQuery, ResidentMeasurementsQueryVariables>;
export const RecordMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emotionalScore"}},{"kind":"Field","name":{"kind":"Name","value":"socialScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emptiness"}},{"kind":"Field","name":{"kind":"Name","value":"missPeople"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"canRelyOn"}},{"kind":"Field","name":{"kind":"Name","value":"trustFully"}},{"kind":"Field","name":{"kind":"Name","value":"closeTo"}}]}}]}}]} as unknown as DocumentNode<RecordMeasurementMutation, RecordMeasurementMutationVariables>;
export const ClosePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClosePostMutation, ClosePostMutationVariables>;
export const ExtendPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ExtendPostMutation, ExtendPostMutationVariables>;
export const CreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const PostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Posts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FilterPostsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"wijkName"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PostsQuery, PostsQueryVariables>;
export const MyPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"wijkName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyPostsQuery, MyPostsQueryVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"interestsText"}},{"kind":"Field","name":{"kind":"Name","value":"talents"}},{"kind":"Field","name":{"kind":"Name","value":"talentsText"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"viaSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"contactPreference"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const WijkForPostcodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WijkForPostcode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postcode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijkForPostcode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postcode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postcode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WijkForPostcodeQuery, WijkForPostcodeQueryVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"interestsText"}},{"kind":"Field","name":{"kind":"Name","value":"talents"}},{"kind":"Field","name":{"kind":"Name","value":"talentsText"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"viaSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"contactPreference"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const EditActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}}]} as unknown as DocumentNode<EditActivityQuery, EditActivityQueryVariables>;
export const CreateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const ProviderActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}}]} as unknown as DocumentNode<ProviderActivityQuery, ProviderActivityQueryVariables>;
export const ActivitySignUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitySignUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activitySignUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActivitySignUpsQuery, ActivitySignUpsQueryVariables>;
export const ActivitySignUpsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ActivitySignUpsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activitySignUpsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}}]}}]}}]} as unknown as DocumentNode<ActivitySignUpsChangedSubscription, ActivitySignUpsChangedSubscriptionVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const OrganisationActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationActivitiesQuery, OrganisationActivitiesQueryVariables>;
export const PublishActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishActivityMutation, PublishActivityMutationVariables>;
export const CancelActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelActivityMutation, CancelActivityMutationVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"match"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"match"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"postKind"}},{"kind":"Field","name":{"kind":"Name","value":"wijkNames"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingDates"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const RecordHomeVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHomeVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHomeVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHomeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RecordHomeVisitMutation, RecordHomeVisitMutationVariables>;
export const SignalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Signal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"howToReach"}},{"kind":"Field","name":{"kind":"Name","value":"concern"}},{"kind":"Field","name":{"kind":"Name","value":"personAware"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"triageNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleteAfter"}},{"kind":"Field","name":{"kind":"Name","value":"intakeResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SignalQuery, SignalQueryVariables>;
export const TriageSignalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageSignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageSignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageSignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"howToReach"}},{"kind":"Field","name":{"kind":"Name","value":"concern"}},{"kind":"Field","name":{"kind":"Name","value":"personAware"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"triageNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleteAfter"}},{"kind":"Field","name":{"kind":"Name","value":"intakeResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TriageSignalMutation, TriageSignalMutationVariables>;
export const SignalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Signals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SignalsFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"concern"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SignalsQuery, SignalsQueryVariables>;
export const SignalFiledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SignalFiled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalFiled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalId"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}}]}}]}}]} as unknown as DocumentNode<SignalFiledSubscription, SignalFiledSubscriptionVariables>;
export const FileSignalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileSignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileSignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileSignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"wijkName"}}]}}]}}]} as unknown as DocumentNode<FileSignalMutation, FileSignalMutationVariables>;
export const CreateResidentOnBehalfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResidentOnBehalf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResidentOnBehalfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResidentOnBehalf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateResidentOnBehalfMutation, CreateResidentOnBehalfMutationVariables>;
export const ResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"interestsText"}},{"kind":"Field","name":{"kind":"Name","value":"talents"}},{"kind":"Field","name":{"kind":"Name","value":"talentsText"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"wishesText"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"viaSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"contactPreference"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResidentQuery, ResidentQueryVariables>;
export const ResidentHomeVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentHomeVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"livingSituation"}},{"kind":"Field","name":{"kind":"Name","value":"contactFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<ResidentHomeVisitsQuery, ResidentHomeVisitsQueryVariables>;
export const ResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Residents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentsFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"wijkCode"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"viaSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ResidentsQuery, ResidentsQueryVariables>;