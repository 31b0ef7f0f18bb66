import { ActivitiesModule } from '@buurtbrug/activities';
import { AuthModule } from '@buurtbrug/auth';
import { BuddiesModule } from '@buurtbrug/buddies';
import { MatchingModule } from '@buurtbrug/matching';
import { MonitoringModule } from '@buurtbrug/monitoring';
import { OrganisationsModule } from '@buurtbrug/organisations';
import { ResidentsModule } from '@buurtbrug/residents';
import { SearchModule } from '@buurtbrug/search';
import { SignalsModule } from '@buurtbrug/signals';
import { TagsModule } from '@buurtbrug/tags';
import { TalentsWantsModule } from '@buurtbrug/talents-wants';
import { WijkenModule } from '@buurtbrug/wijken';

/** Every domain library's module: composed by the API, the worker and the CLI commands alike. */
export const DOMAIN_MODULES = [AuthModule, WijkenModule, TagsModule, OrganisationsModule, ActivitiesModule, ResidentsModule, TalentsWantsModule, MatchingModule, BuddiesModule, SignalsModule, MonitoringModule, SearchModule];
