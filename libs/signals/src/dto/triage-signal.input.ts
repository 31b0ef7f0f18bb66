import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SignalStatus } from '../signal-status.enum.js';

@InputType({ description: 'A social worker’s next step on a signal: the new status and a note.' })
export class TriageSignalInput {
  @Field(() => ID, { description: 'The signal.' })
  @IsUUID('all', { message: 'id must be a signal id' })
  id: string;

  @Field(() => SignalStatus, { description: 'The new status (see the transition table: NEW → CONTACTED | NO_ACTION | INTAKE_DONE; CONTACTED → INTAKE_DONE | NO_ACTION).' })
  @IsEnum(SignalStatus)
  status: SignalStatus;

  @Field(() => String, { nullable: true, description: 'What you did or decided, at most 1000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => SignalStatus, {
    nullable: true,
    description: 'The status you saw. When someone else changed the signal in the meantime you get CONFLICT instead of overwriting their step.',
  })
  @IsOptional()
  @IsEnum(SignalStatus)
  expectedStatus?: SignalStatus | null;
}
