import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { PersonalDataRegistry, ResidentsModule } from '@buurtbrug/residents';
import { DataSource } from 'typeorm';
import { BuddyCheckIn } from './buddy-check-in.entity.js';
import { BuddyCheckInService } from './buddy-check-in.service.js';
import { BuddyJobs } from './buddy-jobs.service.js';
import { BuddyTrajectory } from './buddy-trajectory.entity.js';
import { BuddyTrajectoryResolver } from './buddy-trajectory.resolver.js';
import { BuddyTrajectoryService } from './buddy-trajectory.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const BUDDIES_ENTITIES = [BuddyTrajectory, BuddyCheckIn];

@Module({
  imports: [TypeOrmModule.forFeature(BUDDIES_ENTITIES), ResidentsModule],
  providers: [BuddyTrajectoryService, BuddyCheckInService, BuddyJobs, BuddyTrajectoryResolver],
  exports: [BuddyTrajectoryService, BuddyCheckInService],
})
export class BuddiesModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * A person's export includes their trajectories (either side) and check-ins. Of the other
   * person only the name and the contact they agreed to share; notes only the person's own.
   */
  onModuleInit(): void {
    this.personalData.register({
      section: 'buddyTrajectories',
      collect: async (userId: string) =>
        this.dataSource.query(
          `SELECT t.id, CASE WHEN t.volunteer_id = $1 THEN 'VOLUNTEER' ELSE 'RESIDENT' END AS my_role,
                  o.display_name AS buddy_name, t.wijk_code, t.status, t.started_on::text AS started_on,
                  t.planned_end_on::text AS planned_end_on, t.ended_on::text AS ended_on, t.outcome, t.goal, t.check_in_every_weeks,
                  CASE WHEN t.volunteer_id = $1 THEN t.volunteer_contact ELSE t.resident_contact END AS my_contact,
                  t.created_at,
                  coalesce((SELECT json_agg(json_build_object(
                              'dueOn', c.due_on::text, 'doneAt', c.done_at, 'howItGoes', c.how_it_goes,
                              'recordedByMe', c.recorded_by = $1, 'note', CASE WHEN c.recorded_by = $1 THEN c.note END) ORDER BY c.due_on)
                              FROM buddy_check_in c WHERE c.trajectory_id = t.id), '[]'::json) AS check_ins
             FROM buddy_trajectory t
             JOIN user_account o ON o.id = CASE WHEN t.volunteer_id = $1 THEN t.resident_id ELSE t.volunteer_id END
            WHERE t.volunteer_id = $1 OR t.resident_id = $1
            ORDER BY t.created_at`,
          [userId],
        ),
    });
  }
}
