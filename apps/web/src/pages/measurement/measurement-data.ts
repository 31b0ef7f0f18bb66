import { graphql } from '../../gql';

/** The six questions in the order of the De Jong Gierveld scale; texts are in `measurement.items`. */
export const ITEM_KEYS = ['emptiness', 'missPeople', 'abandoned', 'canRelyOn', 'trustFully', 'closeTo'] as const;
export type ItemKey = (typeof ITEM_KEYS)[number];
export const ANSWERS = ['YES', 'MORE_OR_LESS', 'NO'] as const;
export type Answer = (typeof ANSWERS)[number];

/** T1 can be filled in from 10 weeks after T0 (the API checks the same rule). */
export const T1_MINIMUM_DAYS = 70;

export const MEASUREMENT_FIELDS = graphql(`
  fragment MeasurementFields on Measurement {
    id
    residentId
    moment
    takenAt
    method
    emotionalScore
    socialScore
    totalScore
    answers {
      emptiness
      missPeople
      abandoned
      canRelyOn
      trustFully
      closeTo
    }
  }
`);

export const MY_MEASUREMENTS = graphql(`
  query MyMeasurements {
    myMeasurements {
      ...MeasurementFields
    }
  }
`);

export const RESIDENT_MEASUREMENTS = graphql(`
  query ResidentMeasurements($residentId: ID!) {
    measurements(residentId: $residentId) {
      ...MeasurementFields
    }
    resident(userId: $residentId) {
      userId
      displayName
    }
  }
`);

export const RECORD_MEASUREMENT = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      ...MeasurementFields
    }
  }
`);

/** Which questionnaire is next: T0, T1 (from a date), or none. */
export function nextMoment(measurements: readonly { moment: string; takenAt: string | Date }[], now = new Date()): { moment: 'T0' | 'T1' | null; from?: Date } {
  const t0 = measurements.find((m) => m.moment === 'T0');
  if (!t0) return { moment: 'T0' };
  if (measurements.some((m) => m.moment === 'T1')) return { moment: null };
  const from = new Date(new Date(t0.takenAt).getTime() + T1_MINIMUM_DAYS * 86_400_000);
  return { moment: now >= from ? 'T1' : null, from };
}
