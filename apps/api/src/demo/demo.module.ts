import { Module } from '@nestjs/common';
import { AuthModule } from '@buurtbrug/auth';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [AuthModule], providers: [DemoSeedService] })
export class DemoModule {}
