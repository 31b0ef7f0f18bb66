import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { BuddyCheckInModel, BuddyCheckInPage } from './buddy-check-in.model.js';
import { BuddyCheckInService } from './buddy-check-in.service.js';
import { BuddyTrajectoryModel, BuddyTrajectoryPage } from './buddy-trajectory.model.js';
import { BuddyTrajectoryService } from './buddy-trajectory.service.js';
import { BuddyCheckInsArgs } from './dto/buddy-check-ins.args.js';
import { BuddyTrajectoriesArgs } from './dto/buddy-trajectories.args.js';
import { EndBuddyTrajectoryInput } from './dto/end-buddy-trajectory.input.js';
import { RecordBuddyCheckInInput } from './dto/record-buddy-check-in.input.js';
import { StartBuddyTrajectoryInput } from './dto/start-buddy-trajectory.input.js';

@Resolver(() => BuddyTrajectoryModel)
export class BuddyTrajectoryResolver {
  constructor(
    private readonly trajectories: BuddyTrajectoryService,
    private readonly checkIns: BuddyCheckInService,
  ) {}

  @Query(() => BuddyTrajectoryPage, {
    description: 'Buddy trajectories, newest first: residents the ones they are in (as volunteer or resident), social workers those of their wijken, admins all.',
  })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER, Role.ADMIN)
  async buddyTrajectories(@CurrentPrincipal() principal: UserPrincipal, @Args() args: BuddyTrajectoriesArgs) {
    const page = await this.trajectories.list(principal, args);
    return { nodes: page.nodes.map((view) => BuddyTrajectoryModel.from(view, principal)), pageInfo: page.pageInfo };
  }

  @Query(() => BuddyTrajectoryModel, { description: 'One buddy trajectory you may see (NOT_FOUND otherwise).' })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER, Role.ADMIN)
  async buddyTrajectory(@CurrentPrincipal() principal: UserPrincipal, @Args('id', { type: () => ID }) id: string): Promise<BuddyTrajectoryModel> {
    return BuddyTrajectoryModel.from(await this.trajectories.findVisible(principal, id), principal);
  }

  @Query(() => BuddyCheckInPage, {
    description: 'Check-ins of the trajectories you see, earliest first; `due: true` gives the to-do list.',
  })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER, Role.ADMIN)
  async buddyCheckIns(@CurrentPrincipal() principal: UserPrincipal, @Args() args: BuddyCheckInsArgs) {
    const page = await this.checkIns.list(principal, args);
    return { nodes: page.nodes.map((view) => BuddyCheckInModel.from(view, principal)), pageInfo: page.pageInfo };
  }

  @Mutation(() => BuddyTrajectoryModel, {
    description: 'Link a volunteer and a resident of your wijk and plan the check-ins. A second active trajectory for the same two gives CONFLICT.',
  })
  @Roles(Role.SOCIAL_WORKER)
  async startBuddyTrajectory(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: StartBuddyTrajectoryInput): Promise<BuddyTrajectoryModel> {
    return BuddyTrajectoryModel.from(await this.trajectories.start(principal, input), principal);
  }

  @Mutation(() => BuddyTrajectoryModel, { description: 'End an active trajectory with its outcome (ACTIVE → ENDED only; a second end gives CONFLICT).' })
  @Roles(Role.SOCIAL_WORKER)
  async endBuddyTrajectory(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: EndBuddyTrajectoryInput): Promise<BuddyTrajectoryModel> {
    return BuddyTrajectoryModel.from(await this.trajectories.end(principal, input), principal);
  }

  @Mutation(() => BuddyCheckInModel, { description: 'Answer a check-in: by the social worker or either of the two people. A second answer gives CONFLICT.' })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async recordBuddyCheckIn(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: RecordBuddyCheckInInput): Promise<BuddyCheckInModel> {
    return BuddyCheckInModel.from(await this.checkIns.record(principal, input), principal);
  }
}
