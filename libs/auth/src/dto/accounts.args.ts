import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@buurtbrug/core';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => String, {
    description: 'An email address, or its beginning (at least 2 characters); upper or lower case does not matter.',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(2, { message: 'email needs at least 2 characters' })
  @MaxLength(254)
  email: string;
}
