import { type Answers, DE_JONG_GIERVELD_ITEMS, MeasurementAnswer, scoreDeJongGierveld } from '@buurtbrug/monitoring';
import { DataSource } from 'typeorm';
import type { DemoSeeder } from '../demo-seeder.js';

const DAY = 86_400_000;
/** The demo social worker's wijken get most questionnaires, so the dashboard shows figures (≥ 10 people) there. */
const BUSY_WIJKEN = ['WK040201', 'WK040202'];
const { YES, MORE_OR_LESS, NO } = MeasurementAnswer;

function answerFor(random: () => number, emotional: boolean, weight: number): MeasurementAnswer {
  // weight 0..1: how much someone misses people around them.
  const roll = random();
  return roll < weight * 0.6 ? (emotional ? YES : NO) : roll < weight ? MORE_OR_LESS : emotional ? NO : YES;
}

function answers(random: () => number, weight: number): Answers {
  return Object.fromEntries(DE_JONG_GIERVELD_ITEMS.map((item) => [item.key, answerFor(random, item.subscale === 'EMOTIONAL', weight)])) as Answers;
}

/**
 * Questionnaires (De Jong Gierveld) for demo residents: a T0 about four months ago and, for most,
 * a T1 in the last weeks — a little better on average — so the wijk dashboard's change column
 * and the social worker's resident page have something to show. The demo resident
 * (inwoner@buurtbrug.demo) gets none, to try the questionnaire herself.
 */
export const measurementsSeeder: DemoSeeder = {
  name: 'measurements',
  order: 97,
  async seed({ app, random, shared }) {
    const dataSource = app.get(DataSource);
    const demoResident = (shared.get('account:inwoner@buurtbrug.demo') as string | undefined) ?? null;
    const socialWorker = (shared.get('account:sociaalwerker@buurtbrug.demo') as string | undefined) ?? null;
    const residents = (await dataSource.query(
      `SELECT user_id, wijk_code, created_at, on_behalf FROM resident_profile WHERE user_id IS DISTINCT FROM $1 ORDER BY created_at, user_id`,
      [demoResident],
    )) as { user_id: string; wijk_code: string; created_at: Date; on_behalf: boolean }[];
    const now = Date.now();
    await dataSource.transaction(async (manager) => {
      for (const r of residents) {
        const busy = BUSY_WIJKEN.includes(r.wijk_code);
        if (random() > (busy ? 0.85 : 0.3)) continue;
        const t0At = new Date(Math.max(new Date(r.created_at).getTime(), now - (100 + Math.floor(random() * 30)) * DAY));
        const canHaveT1 = now - t0At.getTime() >= 95 * DAY;
        const weight = 0.2 + random() * 0.7;
        const t0 = answers(random, weight);
        const t1 = canHaveT1 && random() < 0.8 ? answers(random, Math.max(0, weight - 0.25 * random())) : null;
        const recordedBy = r.on_behalf ? socialWorker : r.user_id;
        const method = r.on_behalf ? 'ON_BEHALF' : 'SELF';
        await manager.query(
          `INSERT INTO resident_consent (user_id, kind, given_at, recorded_by, method) VALUES ($1, 'MEASUREMENT', $2, $3, $4)
           ON CONFLICT (user_id, kind) WHERE withdrawn_at IS NULL DO NOTHING`,
          [r.user_id, t0At, recordedBy, r.on_behalf ? 'SPOKEN' : 'APP'],
        );
        const moments: ['T0' | 'T1', Answers, Date][] = [['T0', t0, t0At]];
        if (t1) moments.push(['T1', t1, new Date(now - (2 + Math.floor(random() * 25)) * DAY)]);
        for (const [moment, a, takenAt] of moments) {
          const s = scoreDeJongGierveld(a);
          await manager.query(
            `INSERT INTO measurement (resident_id, wijk_code, moment, item_1, item_2, item_3, item_4, item_5, item_6,
                                      emotional_score, social_score, total_score, taken_at, recorded_by, method)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
             ON CONFLICT (resident_id, moment) DO NOTHING`,
            [r.user_id, r.wijk_code, moment, a.emptiness, a.missPeople, a.abandoned, a.canRelyOn, a.trustFully, a.closeTo, s.emotional, s.social, s.total, takenAt, recordedBy, method],
          );
        }
      }
    });
  },
};
