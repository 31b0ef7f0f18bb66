import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { Paginated } from '@buurtbrug/core';
import { BuddyOutcome, BuddyRole, BuddyTrajectoryStatus } from './buddies.enums.js';
import type { BuddyTrajectoryView } from './buddy-trajectory.view.js';

@ObjectType('BuddyPerson', { description: 'One of the two people in a buddy trajectory, as the other may see them: a name and agreed contact only.' })
export class BuddyPersonModel {
  @Field(() => ID, { description: 'Account id.' })
  userId: string;

  @Field({ description: 'Display name.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'The contact details this person agreed to share in this trajectory; null means "through the social worker".' })
  contact: string | null;
}

const isSocialWork = (viewer: UserPrincipal) => viewer.role === Role.SOCIAL_WORKER || viewer.role === Role.ADMIN;

@ObjectType('BuddyTrajectory', { description: 'A maatjestraject: a volunteer and a resident linked by a social worker for a longer period, with check-ins.' })
export class BuddyTrajectoryModel {
  @Field(() => ID, { description: 'Trajectory id.' })
  id: string;

  @Field(() => BuddyTrajectoryStatus, { description: 'Active or ended.' })
  status: BuddyTrajectoryStatus;

  @Field({ description: 'The resident’s wijk; its social workers look after the trajectory.' })
  wijkCode: string;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  startedOn: string;

  @Field({ description: 'Planned last day (YYYY-MM-DD).' })
  plannedEndOn: string;

  @Field(() => String, { nullable: true, description: 'The day it ended (YYYY-MM-DD).' })
  endedOn: string | null;

  @Field(() => BuddyOutcome, { nullable: true, description: 'How it ended.' })
  outcome: BuddyOutcome | null;

  @Field(() => String, { nullable: true, description: 'What the two want to reach together.' })
  goal: string | null;

  @Field(() => Int, { description: 'Weeks between check-ins.' })
  checkInEveryWeeks: number;

  @Field(() => BuddyRole, { nullable: true, description: 'Your side of it (null for social work).' })
  myRole: BuddyRole | null;

  @Field(() => BuddyPersonModel, { description: 'The volunteer (maatje).' })
  volunteer: BuddyPersonModel;

  @Field(() => BuddyPersonModel, { description: 'The resident.' })
  resident: BuddyPersonModel;

  @Field(() => ID, { nullable: true, description: 'The next open check-in of an active trajectory.' })
  nextCheckInId: string | null;

  @Field(() => String, { nullable: true, description: 'When the next check-in is planned (YYYY-MM-DD).' })
  nextCheckInOn: string | null;

  @Field(() => String, { nullable: true, description: 'The social worker’s note at the end; only social work sees it.' })
  endNote: string | null;

  @Field({ description: 'When it was registered.' })
  createdAt: Date;

  @Field({ description: 'Last change.' })
  updatedAt: Date;

  static from(view: BuddyTrajectoryView, viewer: UserPrincipal): BuddyTrajectoryModel {
    const myRole = view.volunteerId === viewer.userId ? BuddyRole.VOLUNTEER : view.residentId === viewer.userId ? BuddyRole.RESIDENT : null;
    return Object.assign(new BuddyTrajectoryModel(), {
      id: view.id,
      status: view.status,
      wijkCode: view.wijkCode,
      startedOn: view.startedOn,
      plannedEndOn: view.plannedEndOn,
      endedOn: view.endedOn,
      outcome: view.outcome,
      goal: view.goal,
      checkInEveryWeeks: view.checkInEveryWeeks,
      myRole,
      volunteer: Object.assign(new BuddyPersonModel(), { userId: view.volunteerId, displayName: view.volunteerName, contact: view.volunteerContact }),
      resident: Object.assign(new BuddyPersonModel(), { userId: view.residentId, displayName: view.residentName, contact: view.residentContact }),
      nextCheckInId: view.nextCheckInId,
      nextCheckInOn: view.nextCheckInDueOn,
      endNote: isSocialWork(viewer) ? view.endNote : null,
      createdAt: view.createdAt,
      updatedAt: view.updatedAt,
    });
  }
}

export const BuddyTrajectoryPage = Paginated(BuddyTrajectoryModel, 'BuddyTrajectoryPage');
