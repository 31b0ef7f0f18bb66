import { gql, login } from '../../support/graphql-client.js';
import type { Audience } from './accounts.js';

/** The demo city's accounts (README "Demo accounts"); the web suites run on the seeded demo. */
export const DEMO_PASSWORD = 'welkom-in-de-buurt';
export const DEMO_ACCOUNTS: Record<Exclude<Audience, 'anonymous'>, string> = {
  resident: 'inwoner@buurtbrug.demo',
  socialWorker: 'sociaalwerker@buurtbrug.demo',
  provider: 'aanbieder@buurtbrug.demo',
  admin: 'admin@buurtbrug.demo',
};

/** Ids the page list needs: one of the provider's activities, a resident of the social worker. */
export interface DemoIds {
  activityId: string;
  publishedActivityId: string;
  residentId: string;
  wijkCode: string;
  /** A signal in the demo social worker's wijken (signals seeder). */
  signalId: string;
}

export async function demoIds(url: string): Promise<DemoIds> {
  const provider = await login(url, DEMO_ACCOUNTS.provider, DEMO_PASSWORD);
  const me = await gql<{ me: { organisationId: string } }>(url, '{ me { organisationId } }', {}, provider);
  const activities = await gql<{ activities: { nodes: { id: string; status: string }[] } }>(
    url,
    'query($org: ID!) { activities(filter: { organisationId: $org }, first: 50) { nodes { id status } } }',
    { org: me.data!.me.organisationId },
    provider,
  );
  const nodes = activities.data!.activities.nodes;
  const published = nodes.find((a) => a.status === 'PUBLISHED');
  if (!published) throw new Error('the demo provider has no published activity');
  const worker = await login(url, DEMO_ACCOUNTS.socialWorker, DEMO_PASSWORD);
  const residents = await gql<{ residents: { nodes: { userId: string }[] } }>(url, '{ residents(first: 1) { nodes { userId } } }', {}, worker);
  const residentId = residents.data?.residents.nodes[0]?.userId;
  if (!residentId) throw new Error(`the demo social worker sees no residents: ${JSON.stringify(residents.errors)}`);
  const signals = await gql<{ signals: { nodes: { id: string }[] } }>(url, '{ signals(first: 1) { nodes { id } } }', {}, worker);
  const signalId = signals.data?.signals.nodes[0]?.id;
  if (!signalId) throw new Error(`the demo social worker sees no signals: ${JSON.stringify(signals.errors)}`);
  return { activityId: nodes[0].id, publishedActivityId: published.id, residentId, wijkCode: 'WK040201', signalId };
}
