import { Injectable } from '@nestjs/common';
import { type Organisation, OrganisationsService } from '@buurtbrug/organisations';
import { type Wijk, WijkenService } from '@buurtbrug/wijken';
import DataLoader from 'dataloader';
import type { Activity } from './activity.entity.js';
import { ActivitiesService } from './activity.service.js';
import { SignUpService } from './sign-up.service.js';

/** The batch loaders of one GraphQL request. */
export interface ActivityRequestLoaders {
  organisation: DataLoader<string, Organisation | null>;
  wijk: DataLoader<string, Wijk | null>;
  activity: DataLoader<string, Activity | null>;
  confirmed: DataLoader<{ activityId: string; start: Date }, number, string>;
}

function byKey<K, V>(keys: readonly K[], values: V[], keyOf: (value: V) => K): (V | null)[] {
  const found = new Map(values.map((value) => [keyOf(value), value]));
  return keys.map((key) => found.get(key) ?? null);
}

/**
 * DataLoaders per request, kept on the request object itself (GraphQL context `req`), so a page
 * of activities loads its organisations and wijken in one query each. No request-scoped DI:
 * the map is weak, so loaders go with their request.
 */
@Injectable()
export class ActivityLoaders {
  private readonly byRequest = new WeakMap<object, ActivityRequestLoaders>();

  constructor(
    private readonly organisations: OrganisationsService,
    private readonly wijken: WijkenService,
    private readonly activities: ActivitiesService,
    private readonly signUps: SignUpService,
  ) {}

  for(request: object): ActivityRequestLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = this.create();
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  private create(): ActivityRequestLoaders {
    return {
      organisation: new DataLoader(async (ids) => byKey(ids, await this.organisations.findByIds(ids), (o) => o.id)),
      wijk: new DataLoader(async (codes) => byKey(codes, await this.wijken.findByCodes([...codes]), (w) => w.code)),
      activity: new DataLoader(async (ids) => byKey(ids, await this.activities.findByIds(ids), (a) => a.id)),
      confirmed: new DataLoader(
        async (keys) => {
          const counts = await this.signUps.confirmedCounts(keys);
          return keys.map((k) => counts.get(SignUpService.key(k.activityId, k.start)) ?? 0);
        },
        { cacheKeyFn: (k) => SignUpService.key(k.activityId, k.start) },
      ),
    };
  }
}
