import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Bounded by the 1 MB request limit anyway; larger national files go through the CLI. */
export const MAX_IMPORT_CSV_LENGTH = 1_000_000;

@ArgsType()
export class ImportWijkenArgs {
  @Field({ description: 'The CSV text (see README "Wijken import" for the columns).' })
  @IsString()
  @MinLength(1, { message: 'csv must not be empty' })
  @MaxLength(MAX_IMPORT_CSV_LENGTH)
  csv: string;
}
