import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class MeasurementsArgs {
  @Field(() => ID, { description: 'The resident.' })
  @IsUUID('all', { message: 'residentId must be an account id (UUID)' })
  residentId: string;
}
