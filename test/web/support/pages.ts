import type { Audience } from './accounts.js';
import type { DemoIds } from './demo.js';

export interface WebPage {
  /** Short name, used in screenshot file names. */
  name: string;
  path: (ids: DemoIds) => string;
  audiences: Audience[];
  /** Saved as a screenshot for people to look at. */
  screenshot?: boolean;
}

const all: Audience[] = ['anonymous', 'resident', 'socialWorker', 'provider', 'admin'];
const p = (path: string) => () => path;

/** Every page of the web app per audience; the accessibility suite visits each in NL and EN. */
export const WEB_PAGES: WebPage[] = [
  { name: 'welkom', path: p('/'), audiences: all, screenshot: true },
  { name: 'inloggen', path: p('/login'), audiences: ['anonymous'], screenshot: true },
  { name: 'account-maken', path: p('/register'), audiences: ['anonymous'], screenshot: true },
  { name: 'niet-gevonden', path: p('/bestaat-niet'), audiences: ['anonymous'] },
  { name: 'zorgen-om-iemand', path: p('/zorgen-om-iemand'), audiences: ['anonymous', 'resident', 'provider'], screenshot: true },
  { name: 'wijkagenda', path: p('/agenda'), audiences: ['anonymous', 'resident', 'socialWorker'], screenshot: true },
  { name: 'activiteit', path: (ids) => `/activities/${ids.publishedActivityId}`, audiences: ['anonymous', 'resident'], screenshot: true },
  { name: 'zoeken', path: p('/search?q=wandelen'), audiences: ['anonymous', 'resident', 'socialWorker'], screenshot: true },
  { name: 'wijkagenda-print', path: (ids) => `/agenda/${ids.wijkCode}/print`, audiences: ['anonymous'], screenshot: true },
  { name: 'mijn-account', path: p('/account'), audiences: ['resident', 'socialWorker', 'provider', 'admin'], screenshot: true },

  { name: 'profiel', path: p('/profile'), audiences: ['resident'], screenshot: true },
  { name: 'profiel-wijk', path: p('/profile/wijk'), audiences: ['resident'], screenshot: true },
  { name: 'profiel-interesses', path: p('/profile/interests'), audiences: ['resident'], screenshot: true },
  { name: 'profiel-talenten', path: p('/profile/talents'), audiences: ['resident'] },
  { name: 'profiel-beschikbaarheid', path: p('/profile/availability'), audiences: ['resident'], screenshot: true },
  { name: 'profiel-nodig', path: p('/profile/needs'), audiences: ['resident'] },
  { name: 'profiel-hulp', path: p('/profile/help'), audiences: ['resident'] },
  { name: 'vraag-en-aanbod', path: p('/posts'), audiences: ['resident', 'socialWorker'], screenshot: true },
  { name: 'vraag-of-aanbod-plaatsen', path: p('/posts/new'), audiences: ['resident'], screenshot: true },
  { name: 'mijn-vraag-en-aanbod', path: p('/my-posts'), audiences: ['resident'] },
  { name: 'voorstellen', path: p('/proposals'), audiences: ['resident'], screenshot: true },
  { name: 'mijn-aanmeldingen', path: p('/my-sign-ups'), audiences: ['resident'], screenshot: true },
  { name: 'mijn-maatje', path: p('/my-buddy'), audiences: ['resident'], screenshot: true },
  { name: 'mijn-gegevens', path: p('/my-data'), audiences: ['resident'], screenshot: true },
  { name: 'vragenlijst', path: p('/questionnaire'), audiences: ['resident'], screenshot: true },
  { name: 'organisatie-aanmelden', path: p('/organisation'), audiences: ['resident'] },

  { name: 'inwoners', path: p('/social/residents'), audiences: ['socialWorker'], screenshot: true },
  { name: 'inwoner', path: (ids) => `/social/residents/${ids.residentId}`, audiences: ['socialWorker'], screenshot: true },
  { name: 'intake', path: p('/social/intake'), audiences: ['socialWorker'], screenshot: true },
  { name: 'vragenlijst-inwoner', path: (ids) => `/social/residents/${ids.residentId}/questionnaire`, audiences: ['socialWorker'], screenshot: true },
  { name: 'voorstellen-bekijken', path: p('/social/curation'), audiences: ['socialWorker'], screenshot: true },
  { name: 'nazorg', path: p('/social/follow-ups'), audiences: ['socialWorker'], screenshot: true },
  { name: 'signalen', path: p('/social/signals'), audiences: ['socialWorker', 'admin'], screenshot: true },
  { name: 'signaal', path: (ids) => `/social/signals/${ids.signalId}`, audiences: ['socialWorker'], screenshot: true },
  { name: 'huisbezoek', path: p('/social/home-visit'), audiences: ['socialWorker'], screenshot: true },
  { name: 'maatjes', path: p('/social/buddies'), audiences: ['socialWorker'], screenshot: true },
  { name: 'maatje-koppelen', path: p('/social/buddies/new'), audiences: ['socialWorker'], screenshot: true },

  { name: 'organisatie', path: p('/organisation'), audiences: ['provider'], screenshot: true },
  { name: 'activiteiten', path: p('/organisation/activities'), audiences: ['provider'], screenshot: true },
  { name: 'activiteit-nieuw', path: p('/organisation/activities/new'), audiences: ['provider'], screenshot: true },
  { name: 'activiteit-data', path: (ids) => `/organisation/activities/${ids.publishedActivityId}`, audiences: ['provider'], screenshot: true },
  { name: 'activiteit-wijzigen', path: (ids) => `/organisation/activities/${ids.activityId}/edit`, audiences: ['provider'] },
  { name: 'api-sleutels', path: p('/organisation/tokens'), audiences: ['provider'], screenshot: true },

  { name: 'organisaties-goedkeuren', path: p('/admin/organisations'), audiences: ['admin'], screenshot: true },
  { name: 'wijken-importeren', path: p('/admin/wijken'), audiences: ['admin'], screenshot: true },
  { name: 'rollen', path: p('/admin/roles'), audiences: ['admin'], screenshot: true },
  { name: 'auditlog', path: p('/admin/audit'), audiences: ['admin'], screenshot: true },
  { name: 'wijkcijfers', path: p('/admin/dashboard'), audiences: ['admin'], screenshot: true },
];
