import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { MeasurementsArgs } from './dto/measurements.args.js';
import { RecordMeasurementInput } from './dto/record-measurement.input.js';
import { MeasurementModel } from './measurement.model.js';
import { MeasurementService } from './measurement.service.js';

@Resolver(() => MeasurementModel)
export class MeasurementResolver {
  constructor(private readonly service: MeasurementService) {}

  @Mutation(() => MeasurementModel, {
    description:
      'Record the questionnaire (T0 at the start, T1 from 10 weeks later): a resident for themselves, a social worker with a resident of their wijk. Needs MEASUREMENT consent (given here or before); a second T0 or T1 gets CONFLICT.',
  })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async recordMeasurement(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: RecordMeasurementInput): Promise<MeasurementModel> {
    return MeasurementModel.from(await this.service.record(principal, input));
  }

  @Query(() => [MeasurementModel], { description: 'Your own questionnaires with answers and scores, T0 first.' })
  @Roles(Role.RESIDENT)
  async myMeasurements(@CurrentPrincipal() principal: UserPrincipal): Promise<MeasurementModel[]> {
    return (await this.service.mine(principal)).map((m) => MeasurementModel.from(m));
  }

  @Query(() => [MeasurementModel], { description: "A resident's questionnaires, for the social workers of the resident's wijk (audited)." })
  @Roles(Role.SOCIAL_WORKER)
  async measurements(@CurrentPrincipal() principal: UserPrincipal, @Args() args: MeasurementsArgs): Promise<MeasurementModel[]> {
    return (await this.service.ofResident(principal, args.residentId)).map((m) => MeasurementModel.from(m));
  }
}
