import { AuthModule } from '@buurtbrug/auth';

/** Every domain library's module: composed by the API, the worker and the CLI commands alike. */
export const DOMAIN_MODULES = [AuthModule];
