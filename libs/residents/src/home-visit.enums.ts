import { registerEnumType } from '@nestjs/graphql';

/** Who the resident lives with. */
export enum LivingSituation {
  ALONE = 'ALONE',
  WITH_PARTNER = 'WITH_PARTNER',
  WITH_FAMILY = 'WITH_FAMILY',
  SHELTERED_HOUSING = 'SHELTERED_HOUSING',
  OTHER = 'OTHER',
}

registerEnumType(LivingSituation, {
  name: 'LivingSituation',
  description: 'Hoe iemand woont. / Who someone lives with.',
  valuesMap: {
    ALONE: { description: 'Alleen. / Alone.' },
    WITH_PARTNER: { description: 'Met partner. / With a partner.' },
    WITH_FAMILY: { description: 'Met familie of kinderen. / With family.' },
    SHELTERED_HOUSING: { description: 'In een aanleunwoning of zorgwoning. / In sheltered housing.' },
    OTHER: { description: 'Anders. / Otherwise.' },
  },
});

/** How often the resident sees or speaks to other people. */
export enum ContactFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  RARELY = 'RARELY',
}

registerEnumType(ContactFrequency, {
  name: 'ContactFrequency',
  description: 'Hoe vaak iemand andere mensen ziet of spreekt. / How often someone sees or speaks to people.',
  valuesMap: {
    DAILY: { description: 'Elke dag. / Every day.' },
    WEEKLY: { description: 'Elke week. / Every week.' },
    MONTHLY: { description: 'Elke maand. / Every month.' },
    RARELY: { description: 'Minder dan eens per maand. / Less than once a month.' },
  },
});

/** How the resident gets around. */
export enum Mobility {
  INDEPENDENT = 'INDEPENDENT',
  WALKING_AID = 'WALKING_AID',
  WHEELCHAIR = 'WHEELCHAIR',
  HOUSEBOUND = 'HOUSEBOUND',
}

registerEnumType(Mobility, {
  name: 'Mobility',
  description: 'Hoe iemand zich verplaatst. / How someone gets around.',
  valuesMap: {
    INDEPENDENT: { description: 'Zelfstandig. / On their own.' },
    WALKING_AID: { description: 'Met rollator of stok. / With a walker or stick.' },
    WHEELCHAIR: { description: 'Met rolstoel of scootmobiel. / With a wheelchair or mobility scooter.' },
    HOUSEBOUND: { description: 'Komt (bijna) niet buiten. / (Almost) never leaves home.' },
  },
});
