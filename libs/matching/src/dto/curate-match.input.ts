import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CurationDecision } from '../match-status.enum.js';

@InputType({ description: "A social worker's decision on a proposal in the curation queue." })
export class CurateMatchInput {
  @Field(() => ID, { description: 'The match.' })
  @IsUUID()
  id: string;

  @Field(() => CurationDecision, { description: 'Offer it to the resident, or not.' })
  @IsEnum(CurationDecision)
  decision: CurationDecision;

  @Field(() => String, { nullable: true, description: 'A note (shown to the resident when approved), at most 1000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'You will introduce the resident in person (warme overdracht).' })
  @IsOptional()
  @IsBoolean()
  warmHandover?: boolean | null;
}
