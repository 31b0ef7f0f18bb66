import { registerEnumType } from '@nestjs/graphql';

/** An age band instead of a birth date: enough for audiences and monitoring, less to protect. */
export enum AgeBand {
  UNDER_30 = 'UNDER_30',
  AGE_30_TO_49 = 'AGE_30_TO_49',
  AGE_50_TO_64 = 'AGE_50_TO_64',
  AGE_65_TO_74 = 'AGE_65_TO_74',
  AGE_75_PLUS = 'AGE_75_PLUS',
}

registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Leeftijdsgroep (geen geboortedatum). / Age band (not a birth date).',
  valuesMap: {
    UNDER_30: { description: 'Jonger dan 30. / Under 30.' },
    AGE_30_TO_49: { description: '30 tot en met 49. / 30 to 49.' },
    AGE_50_TO_64: { description: '50 tot en met 64. / 50 to 64.' },
    AGE_65_TO_74: { description: '65 tot en met 74. / 65 to 74.' },
    AGE_75_PLUS: { description: '75 of ouder. / 75 or older.' },
  },
});

/** What someone needs to be able to take part. */
export enum ResidentNeed {
  WHEELCHAIR_ACCESS = 'WHEELCHAIR_ACCESS',
  HEARING_LOOP = 'HEARING_LOOP',
  SOMEONE_TO_GO_ALONG = 'SOMEONE_TO_GO_ALONG',
}

registerEnumType(ResidentNeed, {
  name: 'ResidentNeed',
  description: 'Wat iemand nodig heeft om mee te doen. / What someone needs to take part.',
  valuesMap: {
    WHEELCHAIR_ACCESS: { description: 'Toegankelijk met een rolstoel. / Wheelchair access.' },
    HEARING_LOOP: { description: 'Een ringleiding. / A hearing loop.' },
    SOMEONE_TO_GO_ALONG: { description: 'Iemand die meegaat. / Someone to go along.' },
  },
});

/** How someone wants to hear about proposals. */
export enum ContactPreference {
  APP = 'APP',
  PHONE_VIA_SOCIAL_WORKER = 'PHONE_VIA_SOCIAL_WORKER',
}

registerEnumType(ContactPreference, {
  name: 'ContactPreference',
  description: 'Hoe iemand bericht wil krijgen. / How someone wants to be contacted.',
  valuesMap: {
    APP: { description: 'In de app. / In the app.' },
    PHONE_VIA_SOCIAL_WORKER: { description: 'Telefonisch, via de sociaal werker. / By phone, through the social worker.' },
  },
});

/** What a resident agreed to; each is given and withdrawn on its own. */
export enum ConsentKind {
  PROFILE_PROCESSING = 'PROFILE_PROCESSING',
  MATCHING = 'MATCHING',
  MEASUREMENT = 'MEASUREMENT',
}

registerEnumType(ConsentKind, {
  name: 'ConsentKind',
  description: 'Waar iemand toestemming voor geeft. / What a consent is for.',
  valuesMap: {
    PROFILE_PROCESSING: { description: 'Je profiel bewaren en gebruiken. / Keeping and using the profile.' },
    MATCHING: { description: 'Voorstellen krijgen voor activiteiten en mensen. / Receiving match proposals.' },
    MEASUREMENT: { description: 'Meedoen aan de korte vragenlijst voor en na. / Taking part in the before-and-after questionnaire.' },
  },
});

/** How a consent was given: in the app by the resident, or to a social worker. */
export enum ConsentMethod {
  APP = 'APP',
  SPOKEN = 'SPOKEN',
  WRITTEN = 'WRITTEN',
}

registerEnumType(ConsentMethod, {
  name: 'ConsentMethod',
  description: 'Hoe de toestemming is gegeven. / How the consent was given.',
  valuesMap: {
    APP: { description: 'Door de inwoner zelf in de app. / By the resident in the app.' },
    SPOKEN: { description: 'Mondeling aan een sociaal werker. / Spoken, to a social worker.' },
    WRITTEN: { description: 'Op papier aan een sociaal werker. / In writing, to a social worker.' },
  },
});
