import { registerEnumType } from '@nestjs/graphql';

/** What sort of organisation it is; residents filter the sociale kaart on it. */
export enum OrganisationKind {
  WELFARE = 'WELFARE',
  CLUB = 'CLUB',
  CHURCH = 'CHURCH',
  LIBRARY = 'LIBRARY',
  COMMUNITY_CENTRE = 'COMMUNITY_CENTRE',
  HEALTH = 'HEALTH',
  MUNICIPALITY = 'MUNICIPALITY',
  OTHER = 'OTHER',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Soort organisatie. / Kind of organisation.',
  valuesMap: {
    WELFARE: { description: 'Welzijn en sociaal werk. / Welfare and social work.' },
    CLUB: { description: 'Vereniging of club (sport, hobby, muziek). / Club or association.' },
    CHURCH: { description: 'Kerk, moskee of andere geloofsgemeenschap. / Church or other faith community.' },
    LIBRARY: { description: 'Bibliotheek. / Library.' },
    COMMUNITY_CENTRE: { description: 'Buurthuis of wijkcentrum. / Community centre.' },
    HEALTH: { description: 'Zorg en gezondheid. / Health and care.' },
    MUNICIPALITY: { description: 'Gemeente. / Municipality.' },
    OTHER: { description: 'Iets anders. / Something else.' },
  },
});

/** An organisation is listed on the public sociale kaart only once an admin approved it. */
export enum OrganisationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
}

registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description: 'Whether an admin approved the organisation for the public sociale kaart.',
  valuesMap: {
    PENDING: { description: 'Waiting for an admin; visible only to its members and admins.' },
    APPROVED: { description: 'Approved: public on the sociale kaart.' },
  },
});
