import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UpsertOutcome } from './activity.enums.js';

@ObjectType('ActivityItemFieldError', { description: 'One failing field of an item.' })
export class FieldErrorModel {
  @Field({ description: 'Path of the field within the item, e.g. "schedule.endsAt".' })
  field: string;

  @Field({ description: 'What is wrong with it.' })
  message: string;
}

@ObjectType('ActivityItemError', { description: 'An item that was not stored, and why. Nothing of it was written.' })
export class ActivityItemErrorModel {
  @Field(() => Int, { description: 'Position of the item in the list you sent (0-based).' })
  index: number;

  @Field(() => String, { nullable: true, description: 'The externalId of the item, if it had one.' })
  externalId: string | null;

  @Field(() => [FieldErrorModel], { description: 'The failing fields.' })
  fields: FieldErrorModel[];
}

@ObjectType('ActivityItemResult', { description: 'What happened to a stored item.' })
export class ActivityItemResultModel {
  @Field(() => Int, { description: 'Position of the item in the list you sent (0-based).' })
  index: number;

  @Field({ description: 'The externalId of the item.' })
  externalId: string;

  @Field(() => ID, { description: 'The activity id in Buurtbrug.' })
  activityId: string;

  @Field(() => UpsertOutcome, { description: 'Created, updated or unchanged.' })
  outcome: UpsertOutcome;
}

@ObjectType('UpsertActivitiesResult', { description: 'The result of a batch: counts, each stored item, and per-item errors.' })
export class UpsertActivitiesResultModel {
  @Field(() => Int, { description: 'Items stored as new activities.' })
  created: number;

  @Field(() => Int, { description: 'Items that changed a stored activity.' })
  updated: number;

  @Field(() => Int, { description: 'Items that matched the stored activity exactly (nothing written).' })
  unchanged: number;

  @Field(() => Int, { description: 'Items refused; see errors.' })
  failed: number;

  @Field(() => [ActivityItemResultModel], { description: 'Each stored item, in the order sent.' })
  items: ActivityItemResultModel[];

  @Field(() => [ActivityItemErrorModel], { description: 'Each refused item, in the order sent.' })
  errors: ActivityItemErrorModel[];
}
