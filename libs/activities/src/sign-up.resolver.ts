import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, SignedIn, type UserPrincipal } from '@buurtbrug/auth';
import { ActivityLoaders } from './activity.loaders.js';
import { ActivityModel } from './activity.model.js';
import { SignUpModel } from './sign-up.model.js';
import { SignUpService } from './sign-up.service.js';

@Resolver(() => SignUpModel)
export class SignUpResolver {
  constructor(
    private readonly signUps: SignUpService,
    private readonly loaders: ActivityLoaders,
  ) {}

  @Mutation(() => SignUpModel, {
    description: 'Sign up for a date of an activity. When it is full you are put on the waiting list. Signing up twice is harmless.',
  })
  @SignedIn()
  async signUp(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('activityId', { type: () => ID, description: 'The activity.' }) activityId: string,
    @Args('occurrenceStart', { type: () => Date, nullable: true, description: 'Which date (required for a recurring activity).' })
    occurrenceStart?: Date,
  ): Promise<SignUpModel> {
    return SignUpModel.from(await this.signUps.signUp(principal, activityId, occurrenceStart));
  }

  @Mutation(() => SignUpModel, { description: 'Cancel your sign-up; your place goes to the first person on the waiting list.' })
  @SignedIn()
  async cancelSignUp(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('id', { type: () => ID, description: 'The sign-up.' }) id: string,
  ): Promise<SignUpModel> {
    return SignUpModel.from(await this.signUps.cancelSignUp(principal, id));
  }

  @Query(() => [SignUpModel], { description: 'Your sign-ups for coming dates (and past ones when asked), earliest first.' })
  @SignedIn()
  async mySignUps(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('includePast', { type: () => Boolean, defaultValue: false, description: 'Also dates that have passed.' }) includePast: boolean,
  ): Promise<SignUpModel[]> {
    return (await this.signUps.mySignUps(principal, includePast)).map(SignUpModel.from);
  }

  @ResolveField(() => ActivityModel, { nullable: true, description: 'The activity.' })
  async activity(@Parent() signUp: SignUpModel, @Context('req') req: object): Promise<ActivityModel | null> {
    const activity = await this.loaders.for(req).activity.load(signUp.activityId);
    return activity ? ActivityModel.from(activity) : null;
  }
}
