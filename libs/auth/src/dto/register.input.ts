import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'A new resident account.' })
export class RegisterInput {
  @Field({ description: 'Email address to sign in with.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'Password, at least 8 characters.' })
  @IsString()
  @MinLength(8, { message: 'password must be at least 8 characters' })
  @MaxLength(200)
  password: string;

  @Field({ description: 'Name shown to others (first name is enough).' })
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(60)
  displayName: string;
}
