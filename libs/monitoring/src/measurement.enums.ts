import { registerEnumType } from '@nestjs/graphql';

/** When a measurement is taken: at intake, or about three months later. */
export enum MeasurementMoment {
  T0 = 'T0',
  T1 = 'T1',
}

registerEnumType(MeasurementMoment, {
  name: 'MeasurementMoment',
  description: 'Wanneer de vragenlijst is ingevuld. / When the questionnaire was taken.',
  valuesMap: {
    T0: { description: 'De eerste keer, bij het begin. / The first time, at the start (intake).' },
    T1: { description: 'De tweede keer, ongeveer drie maanden later. / The second time, about three months later.' },
  },
});

/** Who filled it in. */
export enum MeasurementMethod {
  SELF = 'SELF',
  ON_BEHALF = 'ON_BEHALF',
}

registerEnumType(MeasurementMethod, {
  name: 'MeasurementMethod',
  description: 'Wie de antwoorden invulde. / Who entered the answers.',
  valuesMap: {
    SELF: { description: 'De inwoner zelf, in de app. / The resident, in the app.' },
    ON_BEHALF: { description: 'Een sociaal werker, met de inwoner. / A social worker, together with the resident.' },
  },
});
