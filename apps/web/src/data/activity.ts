import { graphql } from '../gql';

/** What a list of dates shows about each activity. */
export const OCCURRENCES = graphql(`
  query Occurrences($wijkCode: String, $organisationId: ID, $from: DateTime, $to: DateTime, $first: Int! = 200) {
    occurrences(wijkCode: $wijkCode, organisationId: $organisationId, from: $from, to: $to, first: $first) {
      activityId
      startsAt
      endsAt
      placesLeft
      activity {
        id
        title
        description
        tags
        free
        costCents
        walkIn
        capacity
        accessibility
        wijkCode
        location {
          name
          addressLine
        }
        organisation {
          id
          name
          phone
        }
      }
    }
  }
`);

export const MY_SIGN_UPS = graphql(`
  query MySignUps($includePast: Boolean! = false) {
    mySignUps(includePast: $includePast) {
      id
      status
      occurrenceStart
      activityId
      activity {
        id
        title
        location {
          name
          addressLine
        }
        schedule {
          durationMinutes
        }
      }
    }
  }
`);
