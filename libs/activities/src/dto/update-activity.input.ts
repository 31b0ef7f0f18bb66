import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ActivityFieldsInput } from './activity-fields.input.js';

@InputType({ description: 'Changes to an activity; fields left out stay as they are. A new schedule replaces the old one.' })
export class UpdateActivityInput extends PartialType(ActivityFieldsInput, InputType) {
  @Field(() => ID, { description: 'The activity to change.' })
  @IsUUID()
  id: string;
}
