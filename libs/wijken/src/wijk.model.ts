import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Buurt } from './buurt.entity.js';
import type { WijkDetail } from './wijken.service.js';

@ObjectType('Buurt', { description: 'A buurt (CBS): the smallest area, part of one wijk.' })
export class BuurtModel {
  @Field({ description: 'CBS buurt code, e.g. BU04020101.' })
  code: string;

  @Field({ description: 'Name of the buurt.' })
  name: string;

  @Field({ description: 'The wijk this buurt is part of.' })
  wijkCode: string;

  @Field(() => Float, { nullable: true, description: 'Latitude of the centroid (WGS84), when known.' })
  lat: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude of the centroid (WGS84), when known.' })
  lon: number | null;

  static from(entity: Buurt): BuurtModel {
    return Object.assign(new BuurtModel(), {
      code: entity.code,
      name: entity.name,
      wijkCode: entity.wijkCode,
      lat: entity.lat,
      lon: entity.lon,
    });
  }
}

@ObjectType('Wijk', { description: 'A wijk (CBS): part of a municipality. Residents, posts and activities belong to one.' })
export class WijkModel {
  @Field({ description: 'CBS wijk code, e.g. WK040201.' })
  code: string;

  @Field({ description: 'Name of the wijk.' })
  name: string;

  @Field({ description: 'CBS municipality code, e.g. GM0402.' })
  municipalityCode: string;

  @Field({ description: 'Name of the municipality.' })
  municipalityName: string;

  @Field(() => Float, { description: 'Latitude of the centroid (WGS84).' })
  lat: number;

  @Field(() => Float, { description: 'Longitude of the centroid (WGS84).' })
  lon: number;

  @Field(() => [BuurtModel], { description: 'The buurten of this wijk, by code.' })
  buurten: BuurtModel[];

  @Field(() => [String], { description: '4-digit postcode areas that (partly) lie in this wijk.' })
  postcodes: string[];

  @Field(() => [String], { description: 'Codes of the wijken whose centroid is within 2.5 km, nearest first.' })
  neighbours: string[];

  static from(detail: WijkDetail): WijkModel {
    const { wijk } = detail;
    return Object.assign(new WijkModel(), {
      code: wijk.code,
      name: wijk.name,
      municipalityCode: wijk.municipalityCode,
      municipalityName: wijk.municipalityName,
      lat: wijk.lat,
      lon: wijk.lon,
      buurten: detail.buurten.map(BuurtModel.from),
      postcodes: detail.postcodes,
      neighbours: detail.neighbours,
    });
  }
}
