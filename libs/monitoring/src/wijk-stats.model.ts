import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Cell } from './small-cell.js';
import type { WijkStatsCellKey } from './wijk-stats.columns.js';
import type { WijkStatsReport, WijkStatsRowData } from './wijk-stats.service.js';

@ObjectType('StatCell', { description: 'One figure of the wijk dashboard. Figures about fewer than 10 people are hidden and show "<10".' })
export class StatCellModel {
  @Field(() => Float, { nullable: true, description: 'The figure; null when hidden (or when there is nothing to compute).' })
  value: number | null;

  @Field({ description: 'Hidden because it counts or is computed over fewer than 10 people (zero included).' })
  suppressed: boolean;

  @Field({ description: 'What to show: "<10" when hidden, otherwise the formatted figure (a share as "45%", a change as "-0.50").' })
  display: string;
}

const cell = (description: string) => Field(() => StatCellModel, { description });

@ObjectType('WijkStatsRow', { description: 'The dashboard figures of one wijk for the period.' })
export class WijkStatsRowModel {
  @Field({ description: 'CBS wijk code.' })
  wijkCode: string;

  @Field({ description: 'Wijk name.' })
  wijkName: string;

  @cell('Residents of the wijk who posted, signed up for an activity or answered a match in the period.')
  activeResidents: StatCellModel;

  @cell('Offers of the wijk open now, posted before the end of the period (hidden below 10 different people).')
  openOffers: StatCellModel;

  @cell('Requests of the wijk open now, posted before the end of the period (hidden below 10 different people).')
  openRequests: StatCellModel;

  @cell('Funnel step 1: matches proposed in the period.')
  proposals: StatCellModel;

  @cell('Funnel step 2: of those, accepted.')
  accepted: StatCellModel;

  @cell('Funnel step 3: of those, followed up.')
  followedUp: StatCellModel;

  @cell('Median days from profile creation to the first accepted match, for first matches in the period.')
  medianDaysToFirstMatch: StatCellModel;

  @cell('Share (0–1) of residents registered by the end of the period with at least one accepted match by then.')
  shareWithAcceptedMatch: StatCellModel;

  @cell('Signals filed in the period that are NEW now.')
  signalsNew: StatCellModel;

  @cell('Signals filed in the period that are CONTACTED now.')
  signalsContacted: StatCellModel;

  @cell('Signals filed in the period with an intake done.')
  signalsIntakeDone: StatCellModel;

  @cell('Signals filed in the period closed without action.')
  signalsNoAction: StatCellModel;

  @cell('Mean change in total score T0→T1 (T1 in the period), everyone. Negative is better.')
  changeAll: StatCellModel;

  @cell('Mean change T0→T1 for residents with an accepted activity match between T0 and T1.')
  changeActivity: StatCellModel;

  @cell('Mean change T0→T1 for residents with a buddy trajectory (maatje) overlapping T0–T1.')
  changeBuddy: StatCellModel;

  @cell('Mean change T0→T1 for residents with an accepted offer–request match between T0 and T1.')
  changePeerMatch: StatCellModel;

  @cell('Mean change T0→T1 for residents with none of these interventions.')
  changeNone: StatCellModel;

  static from(row: WijkStatsRowData): WijkStatsRowModel {
    const cells = Object.fromEntries(
      (Object.entries(row.cells) as [WijkStatsCellKey, Cell][]).map(([key, c]) => [key, Object.assign(new StatCellModel(), c)]),
    );
    return Object.assign(new WijkStatsRowModel(), { wijkCode: row.wijkCode, wijkName: row.wijkName, ...cells });
  }
}

@ObjectType('WijkStats', { description: 'The wijk dashboard: aggregates per wijk for a period, small cells hidden.' })
export class WijkStatsModel {
  @Field({ description: 'Start of the period (inclusive).' })
  from: Date;

  @Field({ description: 'End of the period (exclusive).' })
  to: Date;

  @Field(() => [WijkStatsRowModel], { description: 'One row per wijk.' })
  rows: WijkStatsRowModel[];

  static from(report: WijkStatsReport): WijkStatsModel {
    return Object.assign(new WijkStatsModel(), { from: report.from, to: report.to, rows: report.rows.map((r) => WijkStatsRowModel.from(r)) });
  }
}
