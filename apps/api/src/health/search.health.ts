import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Meilisearch } from 'meilisearch';

@Injectable()
export class SearchHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly meili: Meilisearch,
  ) {}

  async check(key = 'search') {
    const check = this.indicator.check(key);
    try {
      const { status } = await this.meili.health();
      return status === 'available' ? check.up() : check.down({ status });
    } catch {
      return check.down({ message: 'Meilisearch is not reachable' });
    }
  }
}
