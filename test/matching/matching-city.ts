import { AuthService, Role } from '@buurtbrug/auth';
import { createClient, type Client } from 'graphql-ws';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { login } from '../support/graphql-client.js';

export const CENTRUM = 'WK040201';
export const OOST = 'WK040202';
export const VER = 'WK040299';
export const PASSWORD = 'een-goed-wachtwoord';

export interface MatchingCity {
  organisationId: string;
  ids: Record<'anna' | 'bert' | 'cor' | 'provider' | 'fatima' | 'sven', string>;
}

/**
 * The e2e town: Anna likes walking (Centrum), Bert likes singing and lives far away, Cor likes
 * walking but goes through his social worker Fatima (Centrum); Sven works for Oost only. Wijken,
 * tags and profiles are written straight to the tables (their own libraries test their APIs).
 */
export async function seedMatchingCity(app: INestApplication): Promise<MatchingCity> {
  const db = app.get(DataSource);
  const auth = app.get(AuthService);
  await db.query(`
    INSERT INTO wijk (code, name, municipality_code, municipality_name, lat, lon) VALUES
      ('${CENTRUM}', 'Centrum', 'GM0402', 'Hilversum', 52.2235, 5.1760),
      ('${OOST}', 'Oost', 'GM0402', 'Hilversum', 52.2260, 5.1950),
      ('${VER}', 'Ver weg', 'GM0402', 'Hilversum', 52.4000, 5.5000)`);
  // This suite's own small taxonomy, in place of the standard one the migrations bring.
  await db.query(`DELETE FROM tag`);
  await db.query(`
    INSERT INTO tag (slug, label_nl, label_en, synonyms, category) VALUES
      ('wandelen', 'Wandelen', 'Walking', '{lopen}', 'interest'),
      ('zingen', 'Zingen', 'Singing', '{koor}', 'interest')`);
  const [org] = (await db.query(
    `INSERT INTO organisation (name, kind, status, approved_at, wijk_codes) VALUES ('Buurtwerk', 'WELFARE', 'APPROVED', now(), '{${CENTRUM}}') RETURNING id`,
  )) as { id: string }[];
  const create = async (email: string, role: Role, extra: { wijkCodes?: string[]; organisationId?: string } = {}) =>
    (await auth.createAccount({ email, password: PASSWORD, displayName: email.split('@')[0], role, ...extra })).id;
  const ids = {
    anna: await create('anna@example.nl', Role.RESIDENT),
    bert: await create('bert@example.nl', Role.RESIDENT),
    cor: await create('cor@example.nl', Role.RESIDENT),
    provider: await create('aanbieder@example.nl', Role.PROVIDER, { organisationId: org.id }),
    fatima: await create('fatima@example.nl', Role.SOCIAL_WORKER, { wijkCodes: [CENTRUM] }),
    sven: await create('sven@example.nl', Role.SOCIAL_WORKER, { wijkCodes: [OOST] }),
  };
  const profile = async (userId: string, wijk: string, interests: string[], curated: boolean) => {
    await db.query(
      `INSERT INTO resident_profile (user_id, wijk_code, age_band, languages, interests, availability, travel_radius_km, needs, contact_preference, via_social_worker, wants_new_contacts)
       VALUES ($1, $2, 'AGE_65_TO_74', '{nl}', $3, '{TUE_MORNING}', 3, '{}', $4, $5, true)`,
      [userId, wijk, interests, curated ? 'PHONE_VIA_SOCIAL_WORKER' : 'APP', curated],
    );
    await db.query(`INSERT INTO resident_consent (user_id, kind, method) VALUES ($1, 'MATCHING', 'APP')`, [userId]);
  };
  await profile(ids.anna, CENTRUM, ['wandelen'], false);
  await profile(ids.bert, VER, ['zingen'], false);
  await profile(ids.cor, CENTRUM, ['wandelen'], true);
  return { organisationId: org.id, ids };
}

export async function tokenFor(url: string, name: string): Promise<string> {
  return login(url, `${name}@example.nl`, PASSWORD);
}

/** A live subscription that records everything it receives. */
export interface Recorder {
  events: Record<string, any>[];
  errors: unknown[];
  /** Resolves with the n-th event (1-based) or rejects after `ms`. */
  next(n?: number, ms?: number): Promise<Record<string, any>>;
  client: Client;
  dispose(): Promise<void>;
}

export async function record(wsUrl: string, token: string, query: string): Promise<Recorder> {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false });
  const events: Record<string, any>[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe(
    { query },
    {
      next: (value) => {
        events.push(value as Record<string, any>);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  await connected;
  // Give the server time to register the subscription (and its Redis channel) before anything is published.
  await new Promise((r) => setTimeout(r, 500));
  return {
    events,
    errors,
    client,
    next: (n = 1, ms = 15_000) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error(`no event #${n} within ${ms} ms (got ${events.length}; errors ${JSON.stringify(errors)})`)), ms);
        const check = () => {
          if (events.length >= n) {
            clearTimeout(deadline);
            resolve(events[n - 1]);
          } else waiters.push(check);
        };
        check();
      }),
    dispose: () => client.dispose() as Promise<void>,
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
