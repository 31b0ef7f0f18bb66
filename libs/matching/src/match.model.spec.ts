import { Match } from './match.entity.js';
import { MatchModel } from './match.model.js';
import { MatchKind, MatchStatus } from './match-status.enum.js';

function match(overrides: Partial<Match>): Match {
  return Object.assign(new Match(), {
    id: 'm1',
    kind: MatchKind.OFFER_REQUEST,
    residentId: 'anna',
    counterpartResidentId: 'bert',
    activityId: null,
    offerPostId: 'offer',
    requestPostId: 'request',
    wijkCode: 'WK040201',
    curationWijkCode: null,
    score: 0.8,
    reasons: [{ nl: 'Jullie wonen in dezelfde wijk', en: 'You live in the same neighbourhood' }],
    status: MatchStatus.OFFERED,
    residentContact: '06-1',
    counterpartContact: 'bert@example.nl',
    residentAcceptedAt: new Date(),
    counterpartAcceptedAt: null,
    proposedAt: new Date(),
    updatedAt: new Date(),
    warmHandover: false,
    ...overrides,
  });
}

describe('MatchModel contact details', () => {
  it('shows nobody the other side’s contact before both accepted', () => {
    expect(MatchModel.from(match({}), { userId: 'anna' }).counterpartContact).toBeNull();
    expect(MatchModel.from(match({}), { userId: 'bert' }).counterpartContact).toBeNull();
    expect(MatchModel.from(match({}), { userId: 'anna' }).acceptedByMe).toBe(true);
    expect(MatchModel.from(match({}), { userId: 'bert' }).acceptedByMe).toBe(false);
  });

  it('shows each side the other’s contact once both accepted, and nobody else', () => {
    const accepted = match({ status: MatchStatus.ACCEPTED, counterpartAcceptedAt: new Date() });
    expect(MatchModel.from(accepted, { userId: 'anna' }).counterpartContact).toBe('bert@example.nl');
    expect(MatchModel.from(accepted, { userId: 'bert' }).counterpartContact).toBe('06-1');
    expect(MatchModel.from(accepted, { userId: 'social-worker' }).counterpartContact).toBeNull();
    expect(MatchModel.from(accepted, { userId: null }).counterpartContact).toBeNull();
  });
});
