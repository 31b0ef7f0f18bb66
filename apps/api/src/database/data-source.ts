import 'reflect-metadata';
import { ACTIVITIES_ENTITIES } from '@buurtbrug/activities';
import { AUTH_ENTITIES } from '@buurtbrug/auth';
import { BUDDIES_ENTITIES } from '@buurtbrug/buddies';
import { loadAppConfig, typeOrmOptions } from '@buurtbrug/core';
import { MATCHING_ENTITIES } from '@buurtbrug/matching';
import { MONITORING_ENTITIES } from '@buurtbrug/monitoring';
import { ORGANISATIONS_ENTITIES } from '@buurtbrug/organisations';
import { RESIDENTS_ENTITIES } from '@buurtbrug/residents';
import { SIGNALS_ENTITIES } from '@buurtbrug/signals';
import { TAGS_ENTITIES } from '@buurtbrug/tags';
import { TALENTS_WANTS_ENTITIES } from '@buurtbrug/talents-wants';
import { WIJKEN_ENTITIES } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';

/**
 * For the TypeORM CLI (`npm run migration:run` / `migration:generate`): needs DATABASE_URL.
 * The app itself runs pending migrations at boot.
 */
const config = loadAppConfig(process.env);
if (!config.DATABASE_URL) {
  throw new Error('Set DATABASE_URL for the migration CLI (the app runs migrations itself at boot)');
}

export default new DataSource({ ...typeOrmOptions(config.DATABASE_URL), entities: [...AUTH_ENTITIES, ...ORGANISATIONS_ENTITIES, ...ACTIVITIES_ENTITIES, ...WIJKEN_ENTITIES, ...TAGS_ENTITIES, ...RESIDENTS_ENTITIES, ...TALENTS_WANTS_ENTITIES, ...MATCHING_ENTITIES, ...BUDDIES_ENTITIES, ...SIGNALS_ENTITIES, ...MONITORING_ENTITIES] });
