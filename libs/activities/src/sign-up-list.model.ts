import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SignUpStatus } from './activity.enums.js';

@ObjectType('SignedUpPerson', {
  description: 'Someone with a place or on the waiting list, as the organisation sees them: first name and status only.',
})
export class SignedUpPersonModel {
  @Field(() => ID, { description: 'The sign-up (not the person).' })
  signUpId: string;

  @Field({ description: 'First name as the person gave it; nothing else of their profile leaves the server.' })
  name: string;

  @Field(() => SignUpStatus, { description: 'A place (CONFIRMED) or the waiting list (WAITING).' })
  status: SignUpStatus;

  @Field({ description: 'When they signed up (the waiting list goes in this order).' })
  signedUpAt: Date;
}

@ObjectType('OccurrenceSignUps', { description: 'Who comes to one date of an activity, for its organisation.' })
export class OccurrenceSignUpsModel {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field({ description: 'Start of this date.' })
  startsAt: Date;

  @Field({ description: 'End of this date.' })
  endsAt: Date;

  @Field(() => Int, { nullable: true, description: 'Places on this date; null when there is no limit.' })
  capacity: number | null;

  @Field(() => [SignedUpPersonModel], { description: 'People with a place, first come first.' })
  confirmed: SignedUpPersonModel[];

  @Field(() => [SignedUpPersonModel], { description: 'People on the waiting list, in the order they get a place.' })
  waiting: SignedUpPersonModel[];
}

@ObjectType('ActivitySignUpsChange', { description: 'Someone signed up, withdrew or moved up from the waiting list for a date of the activity.' })
export class ActivitySignUpsChangeModel {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field({ description: 'The date that changed.' })
  occurrenceStart: Date;
}
