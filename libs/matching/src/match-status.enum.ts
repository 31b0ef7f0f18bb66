import { registerEnumType } from '@nestjs/graphql';

export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  AWAITING_CURATION = 'AWAITING_CURATION',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  FOLLOWED_UP = 'FOLLOWED_UP',
}

registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description: 'Where a match proposal is in its life.',
  valuesMap: {
    PROPOSED: { description: 'Just made by the scorer. / Net voorgesteld.' },
    AWAITING_CURATION: { description: 'Waiting for a social worker before the resident sees it. / Wacht op de sociaal werker.' },
    APPROVED: { description: 'A social worker approved it (on its way to the resident). / Goedgekeurd.' },
    REJECTED: { description: 'A social worker decided not to offer it. / Niet doorgestuurd.' },
    OFFERED: { description: 'The resident can accept or decline it. / Aangeboden.' },
    ACCEPTED: { description: 'Accepted (for an offer and request: by both). / Geaccepteerd.' },
    DECLINED: { description: 'Declined. / Afgewezen.' },
    EXPIRED: { description: 'Not answered in time, or the activity or post ended. / Verlopen.' },
    FOLLOWED_UP: { description: 'Someone asked how it went and recorded the answer. / Nagevraagd.' },
  },
});

export enum MatchKind {
  RESIDENT_ACTIVITY = 'RESIDENT_ACTIVITY',
  OFFER_REQUEST = 'OFFER_REQUEST',
}

registerEnumType(MatchKind, {
  name: 'MatchKind',
  description: 'What a match links.',
  valuesMap: {
    RESIDENT_ACTIVITY: { description: 'A resident and an activity. / Een inwoner en een activiteit.' },
    OFFER_REQUEST: { description: "One resident's offer and another's request. / Aanbod en vraag." },
  },
});

export enum CurationDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

registerEnumType(CurationDecision, {
  name: 'CurationDecision',
  description: "A social worker's decision on a proposal.",
  valuesMap: {
    APPROVE: { description: 'Offer it to the resident. / Doorsturen naar de inwoner.' },
    REJECT: { description: 'Do not offer it. / Niet doorsturen.' },
  },
});

export enum MatchResponse {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}

registerEnumType(MatchResponse, {
  name: 'MatchResponse',
  description: "A resident's answer to a proposal.",
  valuesMap: {
    ACCEPT: { description: 'Yes, I would like that. / Ja, graag.' },
    DECLINE: { description: 'No, thank you. / Nee, dank je.' },
  },
});
