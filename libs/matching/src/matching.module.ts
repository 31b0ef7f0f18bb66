import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '@buurtbrug/activities';
import { PersonalDataRegistry, ResidentsModule } from '@buurtbrug/residents';
import { TagsModule } from '@buurtbrug/tags';
import { TalentsWantsModule } from '@buurtbrug/talents-wants';
import { WijkenModule } from '@buurtbrug/wijken';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurationService } from './curation.service.js';
import { Match } from './match.entity.js';
import { MatchCandidateLoader } from './match-candidate.loader.js';
import { MatchJobs } from './match-jobs.service.js';
import { MatchNotifier } from './match-notifier.js';
import { MatchedPostsListener } from './matched-posts.listener.js';
import { MatchResolver } from './match.resolver.js';
import { MatchResponseService } from './match-response.service.js';
import { matchingOptionsProvider } from './matching.options.js';
import { MatchingService } from './matching.service.js';

/** The tables this library owns (for the migration CLI's data source). */
export const MATCHING_ENTITIES = [Match];

@Module({
  imports: [TypeOrmModule.forFeature(MATCHING_ENTITIES), ActivitiesModule, ResidentsModule, TagsModule, TalentsWantsModule, WijkenModule],
  providers: [
    matchingOptionsProvider,
    MatchCandidateLoader,
    MatchNotifier,
    MatchingService,
    CurationService,
    MatchResponseService,
    MatchJobs,
    MatchedPostsListener,
    MatchResolver,
  ],
  exports: [MatchingService, CurationService, MatchResponseService],
})
export class MatchingModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A resident's export includes their matches (AVG right of access). */
  onModuleInit(): void {
    this.personalData.register({
      section: 'matches',
      collect: async (userId: string) =>
        this.dataSource.query(
          `SELECT id, kind, status, activity_id, offer_post_id, request_post_id, score, reasons, curation_note, warm_handover,
                  decline_reason, CASE WHEN resident_id = $1 THEN resident_contact ELSE counterpart_contact END AS my_contact,
                  proposed_at, offered_at, responded_at, expired_at, followed_up_at, outcome_went_well, outcome_wants_more, outcome_note
             FROM match WHERE resident_id = $1 OR counterpart_resident_id = $1 ORDER BY proposed_at`,
          [userId],
        ),
    });
  }
}
