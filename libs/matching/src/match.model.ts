import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@buurtbrug/core';
import type { Match } from './match.entity.js';
import { MatchKind, MatchStatus } from './match-status.enum.js';
import type { CurationQueueChange } from './matching.events.js';

@ObjectType('MatchReason', { description: 'Why this was proposed, in Dutch (B1) and English.' })
export class MatchReasonModel {
  @Field({ description: 'De reden in het Nederlands, bijvoorbeeld "Je houdt van wandelen".' })
  nl: string;

  @Field({ description: 'The reason in English, e.g. "You like walking".' })
  en: string;
}

/** Who is looking: decides which side's contact details a match shows. */
export interface MatchViewer {
  userId: string | null;
}

@ObjectType('Match', { description: 'A proposal: a resident and an activity, or an offer and a request.' })
export class MatchModel {
  @Field(() => ID, { description: 'Match id.' })
  id: string;

  @Field(() => MatchKind, { description: 'What the match links.' })
  kind: MatchKind;

  @Field(() => MatchStatus, { description: 'Where the match is in its life.' })
  status: MatchStatus;

  @Field(() => Float, { description: 'How well it fits, from 0 to 1.' })
  score: number;

  @Field(() => [MatchReasonModel], { description: 'One to three reasons, most telling first.' })
  reasons: MatchReasonModel[];

  @Field(() => ID, { description: 'The resident it is proposed to (for an offer and request: the one who asked).' })
  residentId: string;

  @Field(() => ID, { nullable: true, description: 'The proposed activity (RESIDENT_ACTIVITY).' })
  activityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The offer (OFFER_REQUEST).' })
  offerPostId: string | null;

  @Field(() => ID, { nullable: true, description: 'The request (OFFER_REQUEST).' })
  requestPostId: string | null;

  @Field({ description: 'The resident’s wijk.' })
  wijkCode: string;

  @Field({ description: 'Whether a social worker looks at it before the resident does.' })
  curated: boolean;

  @Field(() => String, { nullable: true, description: 'What the social worker noted when deciding.' })
  curationNote: string | null;

  @Field({ description: 'The social worker will introduce the resident in person (warme overdracht).' })
  warmHandover: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was declined, if the resident said.' })
  declineReason: string | null;

  @Field({ description: 'Whether the viewer already accepted (for an offer and request the other side may not have yet).' })
  acceptedByMe: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The other resident's chosen contact details: only for an offer and request, only once both accepted.",
  })
  counterpartContact: string | null;

  @Field(() => ID, { nullable: true, description: 'The activity sign-up made when the resident accepted.' })
  signUpId: string | null;

  @Field({ description: 'When it was proposed.' })
  proposedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a social worker decided.' })
  curatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it reached the resident.' })
  offeredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was accepted or declined.' })
  respondedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it expired.' })
  expiredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Since when a follow-up ("Is het goed gegaan?") is due.' })
  followUpDueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the follow-up was recorded.' })
  followedUpAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Follow-up: it went well.' })
  outcomeWentWell: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Follow-up: they would like more of this.' })
  outcomeWantsMore: boolean | null;

  @Field({ description: 'Last change; pass it as `since` to catch up after being offline.' })
  updatedAt: Date;

  static from(match: Match, viewer: MatchViewer): MatchModel {
    const isResident = viewer.userId === match.residentId;
    const isCounterpart = viewer.userId !== null && viewer.userId === match.counterpartResidentId;
    const bothAccepted = match.status === MatchStatus.ACCEPTED || match.status === MatchStatus.FOLLOWED_UP;
    // Contact details cross only between the two residents, and only once both said yes.
    const counterpartContact =
      match.kind === MatchKind.OFFER_REQUEST && bothAccepted
        ? isResident
          ? match.counterpartContact
          : isCounterpart
            ? match.residentContact
            : null
        : null;
    return Object.assign(new MatchModel(), {
      id: match.id,
      kind: match.kind,
      status: match.status,
      score: match.score,
      reasons: match.reasons.map((r) => Object.assign(new MatchReasonModel(), { nl: r.nl, en: r.en })),
      residentId: match.residentId,
      activityId: match.activityId,
      offerPostId: match.offerPostId,
      requestPostId: match.requestPostId,
      wijkCode: match.wijkCode,
      curated: match.curationWijkCode !== null,
      curationNote: match.curationNote,
      warmHandover: match.warmHandover,
      declineReason: match.declineReason,
      acceptedByMe: isCounterpart ? match.counterpartAcceptedAt !== null : match.residentAcceptedAt !== null,
      counterpartContact,
      signUpId: match.signUpId,
      proposedAt: match.proposedAt,
      curatedAt: match.curatedAt,
      offeredAt: match.offeredAt,
      respondedAt: match.respondedAt,
      expiredAt: match.expiredAt,
      followUpDueAt: match.followUpDueAt,
      followedUpAt: match.followedUpAt,
      outcomeWentWell: match.outcomeWentWell,
      outcomeWantsMore: match.outcomeWantsMore,
      updatedAt: match.updatedAt,
    });
  }
}

export const MatchPage = Paginated(MatchModel, 'MatchPage');

@ObjectType('CurationQueueChanged', { description: 'A proposal entered or left the curation queue of a wijk.' })
export class CurationQueueChangedModel {
  @Field({ description: 'The wijk whose queue changed.' })
  wijkCode: string;

  @Field(() => ID, { description: 'The match that entered or left the queue.' })
  matchId: string;

  @Field(() => String, { description: 'ADDED or REMOVED.' })
  change: CurationQueueChange;
}
