import 'reflect-metadata';
import { AUTH_ENTITIES } from '@buurtbrug/auth';
import { loadAppConfig, typeOrmOptions } from '@buurtbrug/core';
import { DataSource } from 'typeorm';

/**
 * For the TypeORM CLI (`npm run migration:run` / `migration:generate`): needs DATABASE_URL.
 * The app itself runs pending migrations at boot.
 */
const config = loadAppConfig(process.env);
if (!config.DATABASE_URL) {
  throw new Error('Set DATABASE_URL for the migration CLI (the app runs migrations itself at boot)');
}

export default new DataSource({ ...typeOrmOptions(config.DATABASE_URL), entities: [...AUTH_ENTITIES] });
