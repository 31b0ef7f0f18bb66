import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CreateOrganisationInput } from './create-organisation.input.js';

@InputType({ description: 'Changes to an organisation; fields left out stay as they are, null clears a contact field.' })
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput) {
  @Field(() => ID, { description: 'The organisation to change.' })
  @IsUUID()
  id: string;
}
