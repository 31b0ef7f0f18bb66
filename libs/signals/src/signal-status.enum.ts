import { registerEnumType } from '@nestjs/graphql';

/** Where a signal is in its handling by the wijk's social workers. */
export enum SignalStatus {
  NEW = 'NEW',
  CONTACTED = 'CONTACTED',
  INTAKE_DONE = 'INTAKE_DONE',
  NO_ACTION = 'NO_ACTION',
}

registerEnumType(SignalStatus, {
  name: 'SignalStatus',
  description: 'Where a signal is in its handling. / Waar een signaal staat.',
  valuesMap: {
    NEW: { description: 'Nobody has looked at it yet. / Nieuw.' },
    CONTACTED: { description: 'A social worker got in touch. / Er is contact gelegd.' },
    INTAKE_DONE: { description: 'It led to an intake (home visit); kept after 6 months. / Intake gedaan.' },
    NO_ACTION: { description: 'Looked at; nothing needed. Deleted after 6 months. / Geen actie nodig.' },
  },
});

/** Who filed it: the public form, or a partner in their role. */
export enum SignalSource {
  PUBLIC = 'PUBLIC',
  PROVIDER = 'PROVIDER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  ADMIN = 'ADMIN',
}

registerEnumType(SignalSource, {
  name: 'SignalSource',
  description: 'Who filed a signal. / Wie het signaal gaf.',
  valuesMap: {
    PUBLIC: { description: 'Anyone, through the public form. / Iemand via het openbare formulier.' },
    PROVIDER: { description: 'A provider (or an organisation’s system). / Een aanbieder.' },
    SOCIAL_WORKER: { description: 'A social worker. / Een sociaal werker.' },
    ADMIN: { description: 'An administrator. / Een beheerder.' },
  },
});

/** Whether the person the signal is about knows that someone is worried. */
export enum PersonAware {
  YES = 'YES',
  NO = 'NO',
  UNSURE = 'UNSURE',
}

registerEnumType(PersonAware, {
  name: 'PersonAware',
  description: 'Whether the person knows about the signal. / Weet de persoon ervan?',
  valuesMap: {
    YES: { description: 'Yes. / Ja.' },
    NO: { description: 'No. / Nee.' },
    UNSURE: { description: 'Not sure. / Weet ik niet.' },
  },
});
