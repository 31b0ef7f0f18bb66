import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

export const BUDDY_TRAJECTORIES = graphql(`
  query BuddyTrajectories {
    buddyTrajectories(first: 100) {
      nodes {
        id
        status
        wijkCode
        startedOn
        plannedEndOn
        endedOn
        outcome
        goal
        checkInEveryWeeks
        myRole
        volunteer {
          userId
          displayName
          contact
        }
        resident {
          userId
          displayName
          contact
        }
        nextCheckInId
        nextCheckInOn
      }
    }
  }
`);

export const BUDDY_TRAJECTORY = graphql(`
  query BuddyTrajectory($id: ID!) {
    buddyTrajectory(id: $id) {
      id
      status
      wijkCode
      startedOn
      plannedEndOn
      endedOn
      outcome
      goal
      checkInEveryWeeks
      endNote
      volunteer {
        userId
        displayName
        contact
      }
      resident {
        userId
        displayName
        contact
      }
      nextCheckInId
      nextCheckInOn
    }
    buddyCheckIns(trajectoryId: $id, first: 100) {
      nodes {
        id
        dueOn
        due
        doneAt
        howItGoes
        note
      }
    }
  }
`);

export const DUE_BUDDY_CHECK_INS = graphql(`
  query DueBuddyCheckIns {
    buddyCheckIns(due: true, first: 100) {
      nodes {
        id
        dueOn
        trajectory {
          id
          volunteer {
            displayName
          }
          resident {
            displayName
          }
        }
      }
    }
  }
`);

export const RECORD_BUDDY_CHECK_IN = graphql(`
  mutation RecordBuddyCheckIn($input: RecordBuddyCheckInInput!) {
    recordBuddyCheckIn(input: $input) {
      id
      doneAt
      howItGoes
    }
  }
`);

export const HOW_IT_GOES = ['GOOD', 'OK', 'DIFFICULT'] as const;
export const OUTCOMES = ['GOAL_REACHED', 'CONTINUES_INFORMALLY', 'STOPPED_EARLY', 'NO_CLICK'] as const;

/** A calendar day ('YYYY-MM-DD') as local midnight, so it shows as that day in every time zone. */
export function localDay(value: string): Date {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** Today as 'YYYY-MM-DD' in the browser's time zone, plus some days. */
export function isoDay(plusDays = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + plusDays);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** "12 maart 2026" for a calendar day. */
export function useDayFormat(): (value: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  return (value: string) => format.format(localDay(value));
}
