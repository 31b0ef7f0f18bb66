import { randomUUID } from 'node:crypto';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { addDays, BuddyCheckInService, BuddyTrajectoryService, HowItGoes, TODAY_SQL } from '@buurtbrug/buddies';
import { DataSource } from 'typeorm';
import type { DemoSeeder } from '../demo-seeder.js';
import { DEMO_ACCOUNTS } from '../demo-accounts.js';

const SOCIAL_WORKER_EMAIL = 'sociaalwerker@buurtbrug.demo';

/**
 * Two active maatjestrajecten in the demo social worker's wijken, started through the service
 * (so they are audited like real ones): one with the demo resident Anna, with a check-in due now,
 * and one for a resident registered on their behalf, with a first check-in already answered.
 */
export const buddiesSeeder: DemoSeeder = {
  name: 'buddies',
  order: 95,
  async seed({ app, shared }) {
    const socialWorkerId = shared.get(`account:${SOCIAL_WORKER_EMAIL}`) as string | undefined;
    const socialWorker = DEMO_ACCOUNTS.find((a) => a.email === SOCIAL_WORKER_EMAIL);
    if (!socialWorkerId || !socialWorker || !('wijkCodes' in socialWorker)) return;
    const worker: UserPrincipal = { kind: 'user', userId: socialWorkerId, sessionId: randomUUID(), role: Role.SOCIAL_WORKER, wijkCodes: [...socialWorker.wijkCodes], organisationId: null };
    const db = app.get(DataSource);
    const trajectories = app.get(BuddyTrajectoryService);
    const [{ today }] = (await db.query(`SELECT ${TODAY_SQL}::text AS today`)) as { today: string }[];

    /** A resident of the wijk, the first by name, who is not one of `taken`. */
    const residentOf = async (wijkCode: string, onBehalf: boolean, taken: string[]): Promise<string | undefined> => {
      const [row] = (await db.query(
        `SELECT p.user_id FROM resident_profile p JOIN user_account a ON a.id = p.user_id
          WHERE p.wijk_code = $1 AND p.on_behalf = $2 AND NOT (p.user_id = ANY($3::uuid[]))
          ORDER BY a.display_name, a.created_at, a.id LIMIT 1`,
        [wijkCode, onBehalf, taken],
      )) as { user_id: string }[];
      return row?.user_id;
    };

    const anna = shared.get('account:inwoner@buurtbrug.demo') as string | undefined;
    const [annaProfile] = anna ? ((await db.query(`SELECT wijk_code FROM resident_profile WHERE user_id = $1`, [anna])) as { wijk_code: string }[]) : [];
    if (anna && annaProfile && worker.wijkCodes.includes(annaProfile.wijk_code)) {
      const volunteer = await residentOf(annaProfile.wijk_code, false, [anna]);
      if (volunteer) {
        await trajectories.start(worker, {
          volunteerId: volunteer,
          residentId: anna,
          startsOn: addDays(today, -33),
          plannedEndOn: addDays(today, 150),
          goal: 'Elke week samen een rondje lopen en koffie drinken.',
          checkInEveryWeeks: 4,
          residentContact: null,
          volunteerContact: '06 12 34 56 78',
        });
      }
    }

    const wijkCode = worker.wijkCodes[0];
    const resident = await residentOf(wijkCode, true, anna ? [anna] : []);
    const volunteer = await residentOf(wijkCode, false, anna ? [anna] : []);
    if (resident && volunteer) {
      const started = await trajectories.start(worker, {
        volunteerId: volunteer,
        residentId: resident,
        startsOn: addDays(today, -45),
        plannedEndOn: addDays(today, 135),
        goal: 'Samen naar de markt en de bibliotheek.',
        checkInEveryWeeks: 3,
        residentContact: 'Bellen via de sociaal werker',
        volunteerContact: null,
      });
      const checkIns = app.get(BuddyCheckInService);
      const [first] = (await checkIns.list(worker, { first: 1, due: true, trajectoryId: started.id })).nodes;
      if (first) await checkIns.record(worker, { checkInId: first.id, howItGoes: HowItGoes.GOOD, note: 'Ze gaan elke dinsdag samen naar de markt.' });
    }
  },
};
