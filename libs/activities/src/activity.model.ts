import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@buurtbrug/core';
import type { Organisation } from '@buurtbrug/organisations';
import type { Wijk } from '@buurtbrug/wijken';
import { Accessibility, ActivityStatus, AudienceAgeBand, ScheduleKind } from './activity.enums.js';
import type { Activity } from './activity.entity.js';

@ObjectType('ActivityLocation', { description: 'Where an activity takes place.' })
export class ActivityLocationModel {
  @Field({ description: 'Name of the place.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Street and number, postcode and town.' })
  addressLine: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS84).' })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS84).' })
  longitude: number | null;
}

@ObjectType('ActivitySchedule', { description: 'When an activity takes place (Dutch local time).' })
export class ActivityScheduleModel {
  @Field(() => ScheduleKind, { description: 'Once or recurring.' })
  kind: ScheduleKind;

  @Field({ description: 'Start (one-off) or first start (recurring).' })
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: 'End of a one-off activity.' })
  endsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The RRULE of a recurring activity, e.g. "FREQ=WEEKLY;BYDAY=TU".' })
  rrule: string | null;

  @Field(() => Int, { nullable: true, description: 'Minutes each occurrence of a recurring activity lasts.' })
  durationMinutes: number | null;

  @Field(() => Date, { nullable: true, description: 'No occurrences start after this moment.' })
  until: Date | null;
}

/** A light view of a wijk: enough to show where an activity is, without buurten or neighbours. */
@ObjectType('WijkSummary', { description: 'A wijk by code and name (the full Wijk type is on the wijken query).' })
export class WijkSummaryModel {
  @Field({ description: 'CBS wijk code, e.g. WK040201.' })
  code: string;

  @Field({ description: 'Name of the wijk.' })
  name: string;

  @Field({ description: 'CBS municipality code, e.g. GM0402.' })
  municipalityCode: string;

  @Field(() => Float, { description: 'Latitude of the centroid (WGS84).' })
  lat: number;

  @Field(() => Float, { description: 'Longitude of the centroid (WGS84).' })
  lon: number;

  static from(wijk: Wijk): WijkSummaryModel {
    return Object.assign(new WijkSummaryModel(), {
      code: wijk.code,
      name: wijk.name,
      municipalityCode: wijk.municipalityCode,
      lat: wijk.lat,
      lon: wijk.lon,
    });
  }
}

@ObjectType('Activity', { description: 'An activity of an organisation: something to join, once or recurring.' })
export class ActivityModel {
  @Field(() => ID, { description: 'Activity id.' })
  id: string;

  @Field(() => ID, { description: 'The organisation that runs it.' })
  organisationId: string;

  @Field(() => String, { nullable: true, description: "The organisation's own id for it." })
  externalId: string | null;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What happens, in plain text.' })
  description: string;

  @Field(() => [String], { description: 'Tag slugs from the shared taxonomy.' })
  tags: string[];

  @Field({ description: 'Code of the wijk where it takes place.' })
  wijkCode: string;

  @Field(() => ActivityLocationModel, { description: 'The place.' })
  location: ActivityLocationModel;

  @Field(() => ActivityScheduleModel, { description: 'When it takes place.' })
  schedule: ActivityScheduleModel;

  @Field(() => Int, { nullable: true, description: 'Places per occurrence; null means no limit.' })
  capacity: number | null;

  @Field(() => Int, { description: 'Cost in euro cents; 0 is free.' })
  costCents: number;

  @Field({ description: 'Whether it is free.' })
  free: boolean;

  @Field(() => [AudienceAgeBand], { description: 'Who it is for.' })
  audience: AudienceAgeBand[];

  @Field(() => [String], { description: 'Languages spoken (ISO 639-1).' })
  languages: string[];

  @Field(() => [Accessibility], { description: 'What makes it accessible.' })
  accessibility: Accessibility[];

  @Field({ description: 'Walk in without signing up (inloop).' })
  walkIn: boolean;

  @Field(() => ActivityStatus, { description: 'Draft, published or cancelled.' })
  status: ActivityStatus;

  @Field(() => Date, { nullable: true, description: 'When it was (first) published.' })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, as the organisation wrote it.' })
  cancellationReason: string | null;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  /**
   * The organisation and wijk a page query read along with the activity (not GraphQL fields).
   * The organisation may hold only the columns the query asked for, so it is kept here for this
   * activity's own field resolvers instead of in the request's loader cache.
   */
  declare loaded?: { organisation: Organisation | null; wijk: Wijk | null };

  static from(entity: Activity): ActivityModel {
    return Object.assign(new ActivityModel(), {
      id: entity.id,
      organisationId: entity.organisationId,
      externalId: entity.externalId,
      title: entity.title,
      description: entity.description,
      tags: entity.tags,
      wijkCode: entity.wijkCode,
      location: Object.assign(new ActivityLocationModel(), {
        name: entity.locationName,
        addressLine: entity.locationAddress,
        latitude: entity.latitude,
        longitude: entity.longitude,
      }),
      schedule: Object.assign(new ActivityScheduleModel(), {
        kind: entity.rrule ? ScheduleKind.RECURRING : ScheduleKind.ONE_OFF,
        startsAt: entity.startsAt,
        endsAt: entity.endsAt,
        rrule: entity.rrule,
        durationMinutes: entity.durationMinutes,
        until: entity.until,
      }),
      capacity: entity.capacity,
      costCents: entity.costCents,
      free: entity.costCents === 0,
      audience: entity.audience,
      languages: entity.languages,
      accessibility: entity.accessibility,
      walkIn: entity.walkIn,
      status: entity.status,
      publishedAt: entity.publishedAt,
      cancelledAt: entity.cancelledAt,
      cancellationReason: entity.cancellationReason,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

/** A page of activities. */
export const ActivityPage = Paginated(ActivityModel, 'ActivityPage');

@ObjectType('Occurrence', { description: 'One date of an activity: the activity itself for a one-off, one repetition for a recurring one.' })
export class OccurrenceModel {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field({ description: 'When this occurrence starts.' })
  startsAt: Date;

  @Field({ description: 'When this occurrence ends.' })
  endsAt: Date;

  @Field(() => ActivityModel, { description: 'The activity this is a date of.' })
  activity: ActivityModel;

  /** Not a field: the resolver reads it for `placesLeft`. */
  capacity: number | null;
}
