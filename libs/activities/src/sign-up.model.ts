import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SignUpStatus } from './activity.enums.js';
import type { SignUp } from './sign-up.entity.js';

@ObjectType('SignUp', { description: 'Your place (or place on the waiting list) at one date of an activity.' })
export class SignUpModel {
  @Field(() => ID, { description: 'Sign-up id (use it to cancel).' })
  id: string;

  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field({ description: 'Start of the date you signed up for.' })
  occurrenceStart: Date;

  @Field(() => SignUpStatus, { description: 'Place, waiting list, or cancelled.' })
  status: SignUpStatus;

  @Field({ description: 'When you signed up.' })
  createdAt: Date;

  static from(entity: SignUp): SignUpModel {
    return Object.assign(new SignUpModel(), {
      id: entity.id,
      activityId: entity.activityId,
      occurrenceStart: entity.occurrenceStart,
      status: entity.status,
      createdAt: entity.createdAt,
    });
  }
}
