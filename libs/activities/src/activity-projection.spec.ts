import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { Activity } from './activity.entity.js';
import { Accessibility, ActivityStatus, AudienceAgeBand } from './activity.enums.js';
import { ActivityModel } from './activity.model.js';
import { activityPageProjection, PROPERTIES_OF_FIELD } from './activity-projection.js';

function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const full = Object.assign(new Activity(), {
  id: '6f1c2c8e-5b7a-4b8e-9a51-0d2f3c4b5a61',
  organisationId: '7a2d3e4f-1111-4222-8333-944455566677',
  externalId: 'agenda-1',
  title: 'Koffieochtend',
  description: 'Koffie en een praatje.',
  tags: ['koffie-drinken'],
  wijkCode: 'WK040201',
  locationName: 'Buurthuis',
  locationAddress: 'Geuzenweg 14',
  latitude: 52.2,
  longitude: 5.17,
  startsAt: new Date('2026-12-01T09:00:00Z'),
  endsAt: null,
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  durationMinutes: 90,
  until: null,
  seriesEndsAt: null,
  capacity: 12,
  // Free, so a projection that forgot costCents for `free` would show up as false.
  costCents: 0,
  audience: [AudienceAgeBand.ALL],
  languages: ['nl'],
  accessibility: [Accessibility.WHEELCHAIR],
  walkIn: false,
  status: ActivityStatus.PUBLISHED,
  publishedAt: new Date('2026-11-01T10:00:00Z'),
  cancelledAt: null,
  cancellationReason: null,
  createdBy: null,
  createdAt: new Date('2026-10-01T10:00:00Z'),
  updatedAt: new Date('2026-11-02T10:00:00Z'),
});

describe('activityPageProjection', () => {
  it('loads, for every field of Activity, exactly what the model reads for it', () => {
    const model = ActivityModel.from(full) as unknown as Record<string, unknown>;
    const fields = Object.keys(model);
    // Every field of the model has a rule (a new field without one falls back to loading everything).
    expect(fields.filter((f) => !PROPERTIES_OF_FIELD[f])).toEqual([]);
    for (const field of fields) {
      const sub = field === 'location' ? '{ name addressLine latitude longitude }' : field === 'schedule' ? '{ kind startsAt endsAt rrule durationMinutes until }' : '';
      const { properties } = activityPageProjection(infoOf(`{ activities { nodes { ${field} ${sub} } } }`));
      const projected = Object.assign(new Activity(), Object.fromEntries([...properties!].map((p) => [p, (full as unknown as Record<string, unknown>)[p]])));
      expect({ field, value: (ActivityModel.from(projected) as unknown as Record<string, unknown>)[field] }).toEqual({ field, value: model[field] });
    }
  });

  it('reads only a few columns for a typical page, and joins organisation and wijk only when asked', () => {
    const projection = activityPageProjection(infoOf('{ activities(first: 20) { nodes { id title tags organisation { name } } pageInfo { hasNextPage } } }'));
    expect([...projection.properties!].sort()).toEqual(['id', 'organisationId', 'startsAt', 'status', 'tags', 'title', 'wijkCode']);
    expect(projection).toMatchObject({ organisation: true, wijk: false });
  });

  it('follows fragments, and loads everything when it meets what it does not know', () => {
    const viaFragment = activityPageProjection(
      infoOf('query { activities { nodes { ...Card } } } fragment Card on Activity { title ... on Activity { wijk { name } } }'),
    );
    expect(viaFragment.properties).toContain('title');
    expect(viaFragment.wijk).toBe(true);
    expect(activityPageProjection(infoOf('{ activities { nodes { brandNewField } } }')).properties).toBeNull();
    expect(activityPageProjection(infoOf('query { activities { ...Page } } fragment Page on ActivityPage { nodes { id } }')).properties).toBeNull();
  });

  it("reads only the organisation's asked columns, through aliases and fragments; all of them for a field it does not know", () => {
    const aliased = activityPageProjection(
      infoOf('query { activities { nodes { organisation { name } host: organisation { ...Contact } } } } fragment Contact on Organisation { phone __typename }'),
    );
    expect([...aliased.organisationProperties!].sort()).toEqual(['id', 'name', 'phone']);
    expect(activityPageProjection(infoOf('{ activities { nodes { organisation { name members } } } }')).organisationProperties).toBeNull();
    expect(activityPageProjection(infoOf('{ activities { nodes { title } } }')).organisation).toBe(false);
  });
});
