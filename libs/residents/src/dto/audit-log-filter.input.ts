import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'Which audit entries to show; every condition given must hold.' })
export class AuditLogFilterInput {
  @Field(() => String, { nullable: true, description: 'Only this action, e.g. RESIDENT_PROFILE_OPENED.' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,79}$/, { message: 'action looks like RESIDENT_PROFILE_OPENED' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries by this account.' })
  @IsOptional()
  @IsUUID()
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries about this subject (e.g. a resident account id).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subjectId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this moment (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this moment (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
