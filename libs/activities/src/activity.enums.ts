import { registerEnumType } from '@nestjs/graphql';

/** Only published activities are public; cancelled ones stay readable for those who signed up. */
export enum ActivityStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'Where an activity is in its life.',
  valuesMap: {
    DRAFT: { description: 'Concept: only its organisation sees it. / Draft.' },
    PUBLISHED: { description: 'Gepubliceerd: iedereen ziet het. / Published.' },
    CANCELLED: { description: 'Gaat niet door. / Cancelled.' },
  },
});

export enum ScheduleKind {
  ONE_OFF = 'ONE_OFF',
  RECURRING = 'RECURRING',
}

registerEnumType(ScheduleKind, {
  name: 'ScheduleKind',
  description: 'Once, or repeating by a rule.',
  valuesMap: {
    ONE_OFF: { description: 'Eenmalig. / Once.' },
    RECURRING: { description: 'Terugkerend (bijvoorbeeld elke dinsdag). / Recurring.' },
  },
});

/**
 * Who an activity is meant for. Finer than a resident's age band (residents' UNDER_30 covers
 * UNDER_18 and AGE_18_TO_29 here); the other bands have the same names.
 */
export enum AudienceAgeBand {
  ALL = 'ALL',
  UNDER_18 = 'UNDER_18',
  AGE_18_TO_29 = 'AGE_18_TO_29',
  AGE_30_TO_49 = 'AGE_30_TO_49',
  AGE_50_TO_64 = 'AGE_50_TO_64',
  AGE_65_TO_74 = 'AGE_65_TO_74',
  AGE_75_PLUS = 'AGE_75_PLUS',
}

registerEnumType(AudienceAgeBand, {
  name: 'AudienceAgeBand',
  description: 'Voor welke leeftijd een activiteit is. / The age group an activity is meant for.',
  valuesMap: {
    ALL: { description: 'Iedereen is welkom. / Everyone.' },
    UNDER_18: { description: 'Jonger dan 18. / Under 18.' },
    AGE_18_TO_29: { description: '18 tot en met 29. / 18 to 29.' },
    AGE_30_TO_49: { description: '30 tot en met 49. / 30 to 49.' },
    AGE_50_TO_64: { description: '50 tot en met 64. / 50 to 64.' },
    AGE_65_TO_74: { description: '65 tot en met 74. / 65 to 74.' },
    AGE_75_PLUS: { description: '75 of ouder. / 75 or older.' },
  },
});

/** What the place and the activity offer so that everyone can take part. */
export enum Accessibility {
  WHEELCHAIR = 'WHEELCHAIR',
  ACCESSIBLE_TOILET = 'ACCESSIBLE_TOILET',
  HEARING_LOOP = 'HEARING_LOOP',
  QUIET = 'QUIET',
  SIGN_LANGUAGE = 'SIGN_LANGUAGE',
  EASY_LANGUAGE = 'EASY_LANGUAGE',
  COMPANION_WELCOME = 'COMPANION_WELCOME',
  TRANSPORT_AVAILABLE = 'TRANSPORT_AVAILABLE',
}

registerEnumType(Accessibility, {
  name: 'Accessibility',
  description: 'Toegankelijkheid. / Accessibility.',
  valuesMap: {
    WHEELCHAIR: { description: 'Toegankelijk met een rolstoel. / Wheelchair accessible.' },
    ACCESSIBLE_TOILET: { description: 'Aangepast toilet. / Accessible toilet.' },
    HEARING_LOOP: { description: 'Ringleiding. / Hearing loop.' },
    QUIET: { description: 'Rustige plek, weinig prikkels. / Quiet, few stimuli.' },
    SIGN_LANGUAGE: { description: 'Gebarentaal. / Sign language.' },
    EASY_LANGUAGE: { description: 'In eenvoudige taal. / In plain language.' },
    COMPANION_WELCOME: { description: 'Je mag iemand meenemen. / You may bring someone along.' },
    TRANSPORT_AVAILABLE: { description: 'Vervoer of ophalen mogelijk. / Transport can be arranged.' },
  },
});

/** A sign-up holds a place, waits for one, or was withdrawn. */
export enum SignUpStatus {
  CONFIRMED = 'CONFIRMED',
  WAITING = 'WAITING',
  CANCELLED = 'CANCELLED',
}

registerEnumType(SignUpStatus, {
  name: 'SignUpStatus',
  description: 'Aanmelding. / Sign-up status.',
  valuesMap: {
    CONFIRMED: { description: 'Je hebt een plek. / You have a place.' },
    WAITING: { description: 'Je staat op de wachtlijst. / On the waiting list.' },
    CANCELLED: { description: 'Afgemeld. / Cancelled.' },
  },
});

/** Whether an upserted item was new, changed or already up to date. */
export enum UpsertOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}

registerEnumType(UpsertOutcome, {
  name: 'UpsertOutcome',
  description: 'What an upsert did with one item.',
  valuesMap: {
    CREATED: { description: 'A new activity was stored.' },
    UPDATED: { description: 'The stored activity was changed.' },
    UNCHANGED: { description: 'The stored activity already matched; nothing was written.' },
  },
});
