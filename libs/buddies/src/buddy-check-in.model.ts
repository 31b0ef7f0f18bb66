import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { Paginated } from '@buurtbrug/core';
import { HowItGoes } from './buddies.enums.js';
import { BuddyTrajectoryModel } from './buddy-trajectory.model.js';
import type { BuddyCheckInView } from './buddy-trajectory.view.js';

@ObjectType('BuddyCheckIn', { description: 'A planned "how is it going?" moment of a buddy trajectory.' })
export class BuddyCheckInModel {
  @Field(() => ID, { description: 'Check-in id.' })
  id: string;

  @Field(() => ID, { description: 'The trajectory it belongs to.' })
  trajectoryId: string;

  @Field({ description: 'Planned day (YYYY-MM-DD).' })
  dueOn: string;

  @Field({ description: 'Open and due now: on the to-do list.' })
  due: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  doneAt: Date | null;

  @Field(() => HowItGoes, { nullable: true, description: 'The answer: how the contact goes.' })
  howItGoes: HowItGoes | null;

  @Field(() => String, { nullable: true, description: 'The note with the answer; only the one who wrote it and social work see it.' })
  note: string | null;

  @Field({ description: 'Whether you answered it.' })
  recordedByMe: boolean;

  @Field(() => BuddyTrajectoryModel, { description: 'The trajectory (names and next steps).' })
  trajectory: BuddyTrajectoryModel;

  static from(view: BuddyCheckInView, viewer: UserPrincipal): BuddyCheckInModel {
    const socialWork = viewer.role === Role.SOCIAL_WORKER || viewer.role === Role.ADMIN;
    const mine = view.recordedBy !== null && view.recordedBy === viewer.userId;
    return Object.assign(new BuddyCheckInModel(), {
      id: view.id,
      trajectoryId: view.trajectoryId,
      dueOn: view.dueOn,
      due: view.doneAt === null && view.surfacedAt !== null && view.trajectory.status === 'ACTIVE',
      doneAt: view.doneAt,
      howItGoes: view.howItGoes,
      note: socialWork || mine ? view.note : null,
      recordedByMe: mine,
      trajectory: BuddyTrajectoryModel.from(view.trajectory, viewer),
    });
  }
}

export const BuddyCheckInPage = Paginated(BuddyCheckInModel, 'BuddyCheckInPage');
