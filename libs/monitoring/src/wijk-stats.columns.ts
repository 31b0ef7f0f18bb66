import type { CellFormat } from './small-cell.js';

/** One column of the wijk dashboard: the same list feeds the GraphQL row, the CSV and its header. */
export interface WijkStatsColumn {
  key: WijkStatsCellKey;
  nl: string;
  en: string;
  format: CellFormat;
}

export type WijkStatsCellKey =
  | 'activeResidents'
  | 'openOffers'
  | 'openRequests'
  | 'proposals'
  | 'accepted'
  | 'followedUp'
  | 'medianDaysToFirstMatch'
  | 'shareWithAcceptedMatch'
  | 'signalsNew'
  | 'signalsContacted'
  | 'signalsIntakeDone'
  | 'signalsNoAction'
  | 'changeAll'
  | 'changeActivity'
  | 'changeBuddy'
  | 'changePeerMatch'
  | 'changeNone';

export const WIJK_STATS_COLUMNS: readonly WijkStatsColumn[] = [
  { key: 'activeResidents', nl: 'Actieve inwoners', en: 'Active residents', format: 'COUNT' },
  { key: 'openOffers', nl: 'Open aanbod', en: 'Open offers', format: 'COUNT' },
  { key: 'openRequests', nl: 'Open vragen', en: 'Open requests', format: 'COUNT' },
  { key: 'proposals', nl: 'Voorstellen', en: 'Proposals', format: 'COUNT' },
  { key: 'accepted', nl: 'Geaccepteerd', en: 'Accepted', format: 'COUNT' },
  { key: 'followedUp', nl: 'Nagevraagd', en: 'Followed up', format: 'COUNT' },
  { key: 'medianDaysToFirstMatch', nl: 'Dagen tot eerste match (mediaan)', en: 'Days to first match (median)', format: 'DAYS' },
  { key: 'shareWithAcceptedMatch', nl: 'Aandeel met geaccepteerde match', en: 'Share with an accepted match', format: 'SHARE' },
  { key: 'signalsNew', nl: 'Signalen: nieuw', en: 'Signals: new', format: 'COUNT' },
  { key: 'signalsContacted', nl: 'Signalen: contact gehad', en: 'Signals: contacted', format: 'COUNT' },
  { key: 'signalsIntakeDone', nl: 'Signalen: intake gedaan', en: 'Signals: intake done', format: 'COUNT' },
  { key: 'signalsNoAction', nl: 'Signalen: geen actie', en: 'Signals: no action', format: 'COUNT' },
  { key: 'changeAll', nl: 'Verandering T0→T1: iedereen', en: 'Change T0→T1: everyone', format: 'CHANGE' },
  { key: 'changeActivity', nl: 'Verandering T0→T1: activiteit', en: 'Change T0→T1: activity', format: 'CHANGE' },
  { key: 'changeBuddy', nl: 'Verandering T0→T1: maatje', en: 'Change T0→T1: buddy', format: 'CHANGE' },
  { key: 'changePeerMatch', nl: 'Verandering T0→T1: aanbod en vraag', en: 'Change T0→T1: peer match', format: 'CHANGE' },
  { key: 'changeNone', nl: 'Verandering T0→T1: geen van deze', en: 'Change T0→T1: none of these', format: 'CHANGE' },
];
