import { registerEnumType } from '@nestjs/graphql';

export enum BuddyTrajectoryStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

registerEnumType(BuddyTrajectoryStatus, {
  name: 'BuddyTrajectoryStatus',
  description: 'Where a buddy trajectory (maatjestraject) is in its life.',
  valuesMap: {
    ACTIVE: { description: 'The two meet; check-ins are planned. / Loopt.' },
    ENDED: { description: 'Ended by the social worker, with an outcome. / Afgerond.' },
  },
});

/** How a trajectory ended; the dashboard counts these, so the values are a contract. */
export enum BuddyOutcome {
  GOAL_REACHED = 'GOAL_REACHED',
  CONTINUES_INFORMALLY = 'CONTINUES_INFORMALLY',
  STOPPED_EARLY = 'STOPPED_EARLY',
  NO_CLICK = 'NO_CLICK',
}

registerEnumType(BuddyOutcome, {
  name: 'BuddyOutcome',
  description: 'How a buddy trajectory ended.',
  valuesMap: {
    GOAL_REACHED: { description: 'The goal was reached. / Het doel is gehaald.' },
    CONTINUES_INFORMALLY: { description: 'They keep in touch on their own. / Ze houden zelf contact.' },
    STOPPED_EARLY: { description: 'Stopped before the planned end (moved, ill, no time). / Eerder gestopt.' },
    NO_CLICK: { description: 'The two did not get on. / Het klikte niet.' },
  },
});

export enum HowItGoes {
  GOOD = 'GOOD',
  OK = 'OK',
  DIFFICULT = 'DIFFICULT',
}

registerEnumType(HowItGoes, {
  name: 'HowItGoes',
  description: 'The answer to a check-in: how the contact goes.',
  valuesMap: {
    GOOD: { description: 'It goes well. / Het gaat goed.' },
    OK: { description: 'It is fine. / Het gaat wel.' },
    DIFFICULT: { description: 'It is hard; the social worker gets in touch. / Het is lastig.' },
  },
});

/** Which side of a trajectory someone is on. */
export enum BuddyRole {
  VOLUNTEER = 'VOLUNTEER',
  RESIDENT = 'RESIDENT',
}

registerEnumType(BuddyRole, {
  name: 'BuddyRole',
  description: 'A side of a buddy trajectory.',
  valuesMap: {
    VOLUNTEER: { description: 'The maatje: a resident who gives their time. / De vrijwilliger (het maatje).' },
    RESIDENT: { description: 'The resident who gets a maatje. / De inwoner.' },
  },
});
