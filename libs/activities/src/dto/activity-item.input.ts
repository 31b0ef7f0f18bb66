import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ActivityStatus } from '../activity.enums.js';
import { ActivityFieldsInput } from './activity-fields.input.js';

/**
 * One activity as a provider's system sends it to `upsertActivities`. Each item is validated on
 * its own in the service, so one bad item does not sink the batch.
 */
@InputType({ description: "One activity from your own system, keyed by your id for it (externalId)." })
export class ActivityItemInput extends ActivityFieldsInput {
  @Field({ description: "Your system's id for this activity: the key for creating or updating it." })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  externalId: string;

  @Field(() => ActivityStatus, { nullable: true, description: 'PUBLISHED (default) or DRAFT. Cancel with cancelActivity.' })
  @IsOptional()
  @IsIn([ActivityStatus.PUBLISHED, ActivityStatus.DRAFT], { message: 'status must be PUBLISHED or DRAFT' })
  status?: ActivityStatus | null;
}
