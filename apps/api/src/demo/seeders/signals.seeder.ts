import { DataSource } from 'typeorm';
import type { DemoSeeder } from '../demo-seeder.js';

const DAY = 86_400_000;

/** A handful of concerns in the demo social worker's wijken (Centrum WK040201, Oost WK040202), in every state. */
const SIGNALS = [
  { wijk: 'WK040201', source: 'PUBLIC', status: 'NEW', daysAgo: 1, reach: 'Mevrouw op nummer 12, naast de bakker', concern: 'Ik zie haar al weken niet meer buiten. De gordijnen blijven vaak dicht.', aware: 'NO', contact: null },
  { wijk: 'WK040201', source: 'PROVIDER', status: 'NEW', daysAgo: 3, reach: 'Meneer De Vries, via de balie van de bibliotheek', concern: 'Kwam elke week de krant lezen en praten. Nu al een maand niet meer.', aware: 'UNSURE', contact: 'Kees, bibliotheek, 035 123 45 67' },
  { wijk: 'WK040202', source: 'PUBLIC', status: 'CONTACTED', daysAgo: 10, reach: '06 12 34 56 78 (dochter)', concern: 'Mijn vader woont alleen sinds mijn moeder is overleden. Hij zegt dat hij niemand meer spreekt.', aware: 'YES', contact: 'Sandra, 06 98 76 54 32' },
  { wijk: 'WK040202', source: 'PUBLIC', status: 'NO_ACTION', daysAgo: 40, reach: 'Hoek Oosterengweg, blauwe deur', concern: 'De buurman leek alleen.', aware: 'NO', contact: null },
] as const;

export const signalsSeeder: DemoSeeder = {
  name: 'signals',
  order: 95,
  async seed({ app, shared }) {
    const dataSource = app.get(DataSource);
    const provider = (shared.get('account:aanbieder@buurtbrug.demo') as string | undefined) ?? null;
    const worker = (shared.get('account:sociaalwerker@buurtbrug.demo') as string | undefined) ?? null;
    for (const s of SIGNALS) {
      const createdAt = new Date(Date.now() - s.daysAgo * DAY);
      const triaged = s.status !== 'NEW';
      const [row] = (await dataSource.query(
        `INSERT INTO signal (wijk_code, filed_by, source, status, how_to_reach, concern, person_aware, reporter_contact,
                             triage_note, triaged_by, triaged_at, created_at, updated_at, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13) RETURNING id`,
        [
          s.wijk,
          s.source === 'PROVIDER' ? provider : null,
          s.source,
          s.status,
          s.reach,
          s.concern,
          s.aware,
          s.contact,
          triaged ? (s.status === 'NO_ACTION' ? 'Gesproken: heeft genoeg mensen om zich heen.' : 'Gebeld met de dochter; huisbezoek volgende week.') : null,
          triaged ? worker : null,
          triaged ? new Date(createdAt.getTime() + DAY) : null,
          createdAt,
          s.status === 'NO_ACTION' ? new Date(createdAt.getTime() + DAY) : null,
        ],
      )) as { id: string }[];
      if (triaged) {
        await dataSource.query(`INSERT INTO signal_triage (signal_id, from_status, to_status, note, triaged_by, triaged_at) VALUES ($1, 'NEW', $2, NULL, $3, $4)`, [
          row.id,
          s.status,
          worker,
          new Date(createdAt.getTime() + DAY),
        ]);
      }
    }
  },
};
