import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'Email address and password.' })
export class LoginInput {
  @Field({ description: 'Email address.' })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email: string;

  @Field({ description: 'Password.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}
