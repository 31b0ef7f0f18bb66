import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MatchResponse } from '../match-status.enum.js';

@InputType({ description: "A resident's answer to a proposal (or their social worker's, for someone registered on their behalf)." })
export class RespondToMatchInput {
  @Field(() => ID, { description: 'The match.' })
  @IsUUID()
  id: string;

  @Field(() => MatchResponse, { description: 'Yes or no.' })
  @IsEnum(MatchResponse)
  response: MatchResponse;

  @Field(() => String, { nullable: true, description: 'Why not (optional), at most 500 characters. Helps to propose better next time.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For an offer and request: how the other may reach you (e.g. a phone number), shown only once both accepted. At most 200 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contact?: string | null;
}
