import { Accessibility, ActivityUpsertService, AudienceAgeBand, fromWallClock, toWallClock } from '@buurtbrug/activities';
import type { Principal } from '@buurtbrug/auth';
import { WijkenService } from '@buurtbrug/wijken';
import type { DemoSeeder } from '../demo-seeder.js';
import { DEMO_ORGANISATIONS } from './organisations.seeder.js';

const { ALL, UNDER_18, AGE_50_TO_64, AGE_65_TO_74, AGE_75_PLUS } = AudienceAgeBand;
const { WHEELCHAIR, ACCESSIBLE_TOILET, HEARING_LOOP, QUIET, EASY_LANGUAGE, COMPANION_WELCOME, TRANSPORT_AVAILABLE } = Accessibility;
const SENIORS = [AGE_65_TO_74, AGE_75_PLUS];

/**
 * One kind of activity an organisation with this theme might run. `rule` is an RRULE in which
 * `{day}` becomes one of `days`; without a rule it is a one-off within `withinDays`.
 */
interface ActivityTemplate {
  theme: string;
  title: string;
  description: string;
  tags: string[];
  time: string;
  minutes: number;
  rule?: string;
  days?: string[];
  withinDays?: number;
  capacity?: number;
  costCents?: number;
  walkIn?: boolean;
  audience?: AudienceAgeBand[];
  accessibility?: Accessibility[];
  languages?: string[];
  /** Use the organisation's first wijk (e.g. the walking club's home wijk). */
  homeWijk?: boolean;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

const TEMPLATES: ActivityTemplate[] = [
  // ontmoeten
  { theme: 'ontmoeten', title: 'Koffieochtend', description: 'Kom gezellig een kopje koffie of thee drinken. Je hoeft niets mee te nemen en je hoeft je niet aan te melden. Er is altijd iemand om mee te praten.', tags: ['koffie-drinken', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['TU', 'WE', 'TH'], time: '10:00', minutes: 120, walkIn: true, accessibility: [WHEELCHAIR, ACCESSIBLE_TOILET] },
  { theme: 'ontmoeten', title: 'Inloopmiddag', description: 'Loop even binnen voor een praatje, een spelletje of de krant. De deur staat open.', tags: ['gezelschap', 'spelletjes'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['MO', 'FR'], time: '14:00', minutes: 120, walkIn: true, accessibility: [WHEELCHAIR] },
  { theme: 'ontmoeten', title: 'Buurtborrel', description: 'Op de laatste vrijdag van de maand drinken we samen iets met de buren. Alcoholvrij kan natuurlijk ook.', tags: ['gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=-1FR', time: '17:00', minutes: 120, walkIn: true },
  { theme: 'ontmoeten', title: 'Welkom, nieuwe buren!', description: 'Ben je net in de wijk komen wonen? Maak kennis met je buren en hoor wat er in de buurt te doen is. Meld je even aan, dan weten we hoeveel koffie we moeten zetten.', tags: ['gezelschap', 'koffie-drinken'], withinDays: 40, time: '15:00', minutes: 90, capacity: 30 },
  { theme: 'ontmoeten', title: 'Praatgroep Samen is leuker', description: 'Een kleine groep die elke twee weken bij elkaar komt. We praten over wat ons bezighoudt, met een begeleider erbij.', tags: ['gezelschap'], rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY={day}', days: ['TH'], time: '14:00', minutes: 90, capacity: 12, accessibility: [QUIET, HEARING_LOOP] },
  // eten
  { theme: 'eten', title: 'Samen eten', description: 'Elke week koken vrijwilligers een gezonde maaltijd. Je schuift aan bij een lange tafel. Meld je uiterlijk de dag ervoor aan.', tags: ['samen-eten', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['WE', 'TH'], time: '17:30', minutes: 120, capacity: 24, costCents: 500, accessibility: [WHEELCHAIR] },
  { theme: 'eten', title: 'Soep op zaterdag', description: 'Op de eerste zaterdag van de maand staat er een pan soep klaar. Binnenlopen mag, een bijdrage van 2,50 euro ook.', tags: ['samen-eten'], rule: 'FREQ=MONTHLY;BYDAY=1SA', time: '12:00', minutes: 90, walkIn: true, costCents: 250 },
  { theme: 'eten', title: 'Kookclub voor mannen', description: 'Samen boodschappen doen, koken en daarna samen eten. Je hoeft nog niet te kunnen koken.', tags: ['koken', 'samen-eten'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['MO'], time: '16:00', minutes: 150, capacity: 8, costCents: 600 },
  { theme: 'eten', title: 'Buurtlunch', description: 'Een gezellige lunch met soep, brood en iets lekkers. Elke tweede dinsdag van de maand.', tags: ['samen-eten', 'gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=2TU', time: '12:30', minutes: 90, capacity: 30, costCents: 350, audience: SENIORS, accessibility: [WHEELCHAIR, ACCESSIBLE_TOILET] },
  { theme: 'eten', title: 'Wereldkeuken: koken met de buren', description: 'Buren uit verschillende landen koken hun lievelingsgerecht. Jij helpt mee en proeft alles.', tags: ['koken', 'samen-eten'], withinDays: 60, time: '16:30', minutes: 180, capacity: 16, costCents: 400, languages: ['nl', 'en', 'ar', 'tr'] },
  // bewegen
  { theme: 'bewegen', title: 'Stoelgym', description: 'Rustig bewegen op en naast de stoel, op muziek. Goed voor je spieren en je balans. Iedereen kan meedoen.', tags: ['bewegen'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['MO', 'TH'], time: '10:00', minutes: 60, capacity: 15, costCents: 200, audience: SENIORS, accessibility: [WHEELCHAIR, ACCESSIBLE_TOILET] },
  { theme: 'bewegen', title: 'Beweegochtend 55+', description: 'Een uur bewegen in een groep, met een trainer. Daarna drinken we samen koffie.', tags: ['bewegen', 'sport'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['WE'], time: '09:30', minutes: 60, capacity: 20, audience: [AGE_50_TO_64, AGE_65_TO_74, AGE_75_PLUS] },
  { theme: 'bewegen', title: 'Yoga op de stoel', description: 'Zachte yoga op een stoel. Je leert ontspannen en rustig ademhalen.', tags: ['yoga', 'bewegen'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['TU'], time: '14:00', minutes: 60, capacity: 12, costCents: 300, accessibility: [QUIET, WHEELCHAIR] },
  { theme: 'bewegen', title: 'Sterk en stevig: cursus valpreventie', description: 'In acht lessen oefen je met balans en kracht, zodat je minder snel valt. Met een fysiotherapeut.', tags: ['bewegen'], rule: 'FREQ=WEEKLY;COUNT=8;BYDAY={day}', days: ['FR'], time: '10:30', minutes: 60, capacity: 10, audience: SENIORS, accessibility: [WHEELCHAIR] },
  { theme: 'bewegen', title: 'Walking football', description: 'Voetballen zonder te rennen. Leuk, sportief en je leert nieuwe mensen kennen.', tags: ['sport', 'bewegen'], rule: 'FREQ=WEEKLY;BYDAY=SA', time: '10:00', minutes: 60, walkIn: true, audience: [AGE_50_TO_64, AGE_65_TO_74] },
  // wandelen
  { theme: 'wandelen', title: 'Wandelgroep {wijk}', description: 'Elke dinsdagochtend wandelen we een uur in een rustig tempo door de wijk en het park. Daarna drinken we koffie. Je kunt gewoon aansluiten.', tags: ['wandelen', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY=TU', time: '10:00', minutes: 90, walkIn: true, homeWijk: true, accessibility: [COMPANION_WELCOME] },
  { theme: 'wandelen', title: 'Ommetje in de buurt', description: 'Een kort rondje lopen met buren, ongeveer drie kwartier. Een rollator is geen probleem.', tags: ['wandelen', 'wandelmaatje'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['TH'], time: '14:00', minutes: 60, walkIn: true, audience: SENIORS, accessibility: [COMPANION_WELCOME] },
  { theme: 'wandelen', title: 'Heidewandeling met gids', description: 'Een gids vertelt over de heide, de schapen en de vogels. De wandeling is ongeveer zes kilometer.', tags: ['wandelen', 'natuur'], rule: 'FREQ=MONTHLY;BYDAY=2SU', time: '10:00', minutes: 150, capacity: 20 },
  // natuur
  { theme: 'natuur', title: 'Vogels kijken op de heide', description: 'Vroeg op pad met een vogelkenner. Verrekijkers kun je lenen.', tags: ['natuur', 'wandelen'], withinDays: 70, time: '08:00', minutes: 120, capacity: 15 },
  { theme: 'natuur', title: 'Werkochtend op de heide', description: 'Samen jonge boompjes weghalen, zodat de heide mooi blijft. Na afloop soep.', tags: ['natuur', 'tuinieren'], rule: 'FREQ=MONTHLY;BYDAY=1SA', time: '09:30', minutes: 180, capacity: 25 },
  // tuin
  { theme: 'tuin', title: 'Samen tuinieren in de buurtmoestuin', description: 'Zaaien, wieden en oogsten. Je hoeft geen ervaring te hebben en je neemt groente mee naar huis.', tags: ['moestuin', 'tuinieren'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['WE', 'SA'], time: '10:00', minutes: 120, walkIn: true },
  { theme: 'tuin', title: 'Plantjesruil', description: 'Neem een stekje of plantje mee en ruil het voor een ander. Ook zonder plantje ben je welkom.', tags: ['tuinieren'], withinDays: 50, time: '11:00', minutes: 120, walkIn: true },
  // fietsen
  { theme: 'fietsen', title: 'Duofietsen: samen naar buiten', description: 'Je zit naast een vrijwilliger op de duofiets en samen fietsen jullie een mooie route. Fijn als fietsen alleen niet meer lukt.', tags: ['fietsen', 'vervoer'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['MO', 'WE'], time: '14:00', minutes: 90, capacity: 4, audience: SENIORS, accessibility: [COMPANION_WELCOME, TRANSPORT_AVAILABLE] },
  { theme: 'fietsen', title: 'Fietstocht door het Gooi', description: 'Een tocht van ongeveer 30 kilometer met een stop voor koffie en appeltaart.', tags: ['fietsen', 'natuur'], rule: 'FREQ=MONTHLY;BYDAY=3SA', time: '10:00', minutes: 180, capacity: 20 },
  // lezen
  { theme: 'lezen', title: 'Voorleesuurtje voor peuters', description: 'Een vrijwilliger leest prentenboeken voor. Voor kinderen van 2 tot 5 jaar met hun (groot)ouder.', tags: ['voorlezen'], rule: 'FREQ=WEEKLY;BYDAY=WE', time: '10:30', minutes: 45, walkIn: true, audience: [UNDER_18] },
  { theme: 'lezen', title: 'Leesclub', description: 'We lezen elke maand hetzelfde boek en praten er samen over. Het boek kun je lenen.', tags: ['lezen', 'gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=1TH', time: '19:30', minutes: 90, capacity: 12 },
  { theme: 'lezen', title: 'Krant en koffie', description: 'Lees de krant aan de leestafel en praat na over het nieuws. Met gratis koffie.', tags: ['lezen', 'koffie-drinken'], rule: 'FREQ=WEEKLY;BYDAY=FR', time: '10:00', minutes: 90, walkIn: true, accessibility: [WHEELCHAIR, HEARING_LOOP] },
  // taal
  { theme: 'taal', title: 'Taalcafé', description: 'Oefen Nederlands praten in een ontspannen sfeer, aan tafel met vrijwilligers en andere deelnemers. Alle niveaus zijn welkom.', tags: ['taalmaatje', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['TU', 'TH'], time: '19:00', minutes: 90, walkIn: true, languages: ['nl', 'en', 'ar', 'tr'], accessibility: [EASY_LANGUAGE] },
  { theme: 'taal', title: 'Nederlands oefenen in een kleine groep', description: 'Samen oefenen met lezen en praten, met een vaste begeleider. Meld je aan voor een kennismaking.', tags: ['taalmaatje', 'lezen'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['MO', 'WE'], time: '10:00', minutes: 90, capacity: 10, accessibility: [EASY_LANGUAGE] },
  { theme: 'taal', title: 'Kennismaking taalmaatjes', description: 'Wil je een taalmaatje worden of zoek je er een? Kom kennismaken en hoor hoe het werkt.', tags: ['taalmaatje'], withinDays: 45, time: '19:30', minutes: 90, capacity: 25 },
  // digitaal
  { theme: 'digitaal', title: 'Digicafé: hulp met je telefoon en tablet', description: 'Neem je telefoon, tablet of laptop mee. Vrijwilligers helpen je met je vraag, hoe klein ook.', tags: ['computerhulp'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['MO', 'TH'], time: '10:00', minutes: 120, walkIn: true, accessibility: [EASY_LANGUAGE, WHEELCHAIR] },
  { theme: 'digitaal', title: 'Cursus DigiD en internetbankieren', description: 'In vier lessen leer je veilig inloggen met DigiD en bankzaken regelen op internet.', tags: ['computerhulp', 'administratie'], rule: 'FREQ=WEEKLY;COUNT=4;BYDAY={day}', days: ['WE'], time: '14:00', minutes: 120, capacity: 8, accessibility: [EASY_LANGUAGE] },
  { theme: 'digitaal', title: 'Spreekuur formulieren en post', description: 'Snap je een brief niet of moet je een formulier invullen? Wij helpen je. Neem de papieren mee.', tags: ['administratie'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['TH'], time: '13:30', minutes: 120, walkIn: true, accessibility: [EASY_LANGUAGE, QUIET] },
  // maatje
  { theme: 'maatje', title: 'Kennismakingsochtend maatjes', description: 'Zoek je iemand om samen iets mee te doen, of wil je zelf maatje worden? Kom kennismaken onder het genot van koffie.', tags: ['gezelschap', 'wandelmaatje'], withinDays: 45, time: '10:00', minutes: 90, capacity: 20 },
  { theme: 'maatje', title: 'Samen boodschappen doen', description: 'Een vrijwilliger haalt je op en jullie doen samen de boodschappen. Daarna drinken jullie koffie.', tags: ['boodschappen', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY=FR', time: '10:00', minutes: 90, capacity: 6, audience: SENIORS, accessibility: [TRANSPORT_AVAILABLE, COMPANION_WELCOME] },
  // creatief
  { theme: 'creatief', title: 'Schilderen en tekenen', description: 'Werken met verf, potlood of krijt, met tips van een docent. Materiaal is aanwezig.', tags: ['schilderen', 'creatief'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['WE', 'FR'], time: '14:00', minutes: 120, capacity: 10, costCents: 300 },
  { theme: 'creatief', title: 'Handwerkcafé: breien en haken', description: 'Neem je breiwerk of haakwerk mee, of leer het hier. Met koffie en een goed gesprek.', tags: ['handwerken', 'koffie-drinken'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['TU'], time: '14:00', minutes: 120, walkIn: true },
  { theme: 'creatief', title: 'Naaiatelier: kleding herstellen', description: 'Een knoop eraan, een broek korter maken of een scheur dicht. We helpen je op de naaimachine.', tags: ['naaien', 'handwerken'], rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', time: '10:00', minutes: 120, walkIn: true },
  { theme: 'creatief', title: 'Fotowandeling', description: 'We lopen door de wijk en maken foto’s met de telefoon. Je krijgt tips om mooiere foto’s te maken.', tags: ['fotografie', 'wandelen'], withinDays: 60, time: '14:00', minutes: 120, capacity: 12 },
  // spel
  { theme: 'spel', title: 'Spelletjesmiddag', description: 'Rummikub, sjoelen, kaarten of een bordspel. Kom alleen of met iemand samen.', tags: ['spelletjes', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['TH', 'FR'], time: '14:00', minutes: 150, walkIn: true, accessibility: [WHEELCHAIR] },
  { theme: 'spel', title: 'Klaverjasclub', description: 'Elke maandagavond klaverjassen. Nieuwe spelers zijn welkom; we leren je het spel graag.', tags: ['kaarten'], rule: 'FREQ=WEEKLY;BYDAY=MO', time: '19:30', minutes: 150, costCents: 200 },
  { theme: 'spel', title: 'Bingo in de buurt', description: 'Een gezellige bingo met kleine prijsjes. Een kaart kost 3 euro.', tags: ['bingo', 'gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=1FR', time: '19:30', minutes: 120, costCents: 300, capacity: 60, accessibility: [HEARING_LOOP, WHEELCHAIR] },
  { theme: 'spel', title: 'Schaken voor beginners', description: 'Je leert de regels en speelt je eerste partijen. Borden zijn er genoeg.', tags: ['schaken'], rule: 'FREQ=WEEKLY;BYDAY=WE', time: '19:30', minutes: 90, capacity: 12 },
  { theme: 'spel', title: 'Jeu de boules voor iedereen', description: 'Op de baan buiten spelen we jeu de boules. Ballen kun je lenen.', tags: ['jeu-de-boules', 'bewegen'], rule: 'FREQ=WEEKLY;BYDAY=SA', time: '13:30', minutes: 120, walkIn: true },
  // repair
  { theme: 'repair', title: 'Repair Café', description: 'Neem je kapotte lamp, broodrooster, kleding of fiets mee. Samen met een vrijwilliger repareer je het. Gratis, een gift mag.', tags: ['repair-cafe', 'klussen'], rule: 'FREQ=MONTHLY;BYDAY=2SA', time: '10:00', minutes: 240, walkIn: true, accessibility: [WHEELCHAIR] },
  { theme: 'repair', title: 'Fietsen repareren met de buren', description: 'Een lekke band of een piepende ketting? We kijken samen naar je fiets.', tags: ['repair-cafe', 'fietsen', 'klussen'], rule: 'FREQ=MONTHLY;BYDAY=3WE', time: '14:00', minutes: 120, walkIn: true },
  // cultuur
  { theme: 'cultuur', title: 'Filmmiddag', description: 'Een mooie film op groot scherm, met koffie en een koekje in de pauze.', tags: ['film', 'gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=2SU', time: '14:00', minutes: 150, capacity: 40, costCents: 350, accessibility: [HEARING_LOOP, WHEELCHAIR] },
  { theme: 'cultuur', title: 'Lezing: Hilversum van vroeger', description: 'Met oude foto’s vertelt een verteller over de geschiedenis van Hilversum. Daarna is er tijd voor vragen.', tags: ['geschiedenis'], withinDays: 80, time: '14:00', minutes: 90, capacity: 60, accessibility: [HEARING_LOOP, WHEELCHAIR] },
  { theme: 'cultuur', title: 'Samen naar het museum', description: 'We gaan met een kleine groep naar een museum in de buurt. Vervoer wordt geregeld.', tags: ['geschiedenis', 'gezelschap'], withinDays: 75, time: '10:30', minutes: 240, capacity: 12, costCents: 1250, accessibility: [TRANSPORT_AVAILABLE, COMPANION_WELCOME] },
  // muziek
  { theme: 'muziek', title: 'Zingen in de wijk', description: 'We zingen bekende liedjes, Nederlandstalig en uit andere landen. Je hoeft geen noten te kunnen lezen.', tags: ['zingen', 'muziek'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['WE'], time: '19:30', minutes: 90, walkIn: true },
  { theme: 'muziek', title: 'Muziekmiddag met live muziek', description: 'Elke eerste zondag speelt er een muzikant. Luister, zing mee of dans.', tags: ['muziek', 'gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=1SU', time: '14:30', minutes: 120, walkIn: true, accessibility: [WHEELCHAIR, HEARING_LOOP] },
  { theme: 'muziek', title: 'Dansmiddag', description: 'Dansen op muziek van vroeger en nu. Je kunt alleen komen; er is altijd iemand om mee te dansen.', tags: ['dansen', 'muziek'], rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', time: '14:00', minutes: 120, costCents: 250 },
  // sport
  { theme: 'sport', title: 'Tennis voor beginners', description: 'Zes lessen tennis voor wie het nog nooit heeft gedaan. Een racket kun je lenen.', tags: ['sport'], rule: 'FREQ=WEEKLY;COUNT=6;BYDAY=SA', time: '10:00', minutes: 60, capacity: 8, costCents: 1500 },
  { theme: 'sport', title: 'Zwemmen voor 55-plussers', description: 'Baantjes zwemmen of aquajoggen in een rustig bad, met een badmeester erbij.', tags: ['zwemmen'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['TU', 'FR'], time: '09:00', minutes: 60, costCents: 350, audience: [AGE_50_TO_64, AGE_65_TO_74, AGE_75_PLUS] },
  // spreekuur
  { theme: 'spreekuur', title: 'Spreekuur sociaal wijkteam', description: 'Heb je een vraag over zorg, geld, wonen of meedoen? Loop binnen, je hoeft geen afspraak te maken.', tags: ['administratie'], rule: 'FREQ=WEEKLY;BYDAY={day}', days: ['TU', 'TH'], time: '09:00', minutes: 120, walkIn: true, accessibility: [QUIET, EASY_LANGUAGE] },
  { theme: 'spreekuur', title: 'Koffie met de wijkcoach', description: 'Drink een kopje koffie met de wijkcoach en vertel wat er speelt in de buurt.', tags: ['koffie-drinken', 'gezelschap'], rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY={day}', days: WEEKDAYS, time: '10:00', minutes: 90, walkIn: true },
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** `days` days from today at a local (Amsterdam) wall-clock time, as an instant. */
function localTime(now: Date, days: number, time: string): Date {
  const wall = toWallClock(now);
  const [hours, minutes] = time.split(':').map(Number);
  return fromWallClock(new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + days, hours, minutes)));
}

/**
 * About 150 activities of the demo organisations, sent through the provider API
 * (ActivityUpsertService, acting as each organisation's own system): weekly groups, monthly
 * meals, courses and one-off events across the wijken. Many are free and walk-in.
 */
export const activitiesSeeder: DemoSeeder = {
  name: 'activities',
  order: 60,
  async seed({ app, random, shared }) {
    const organisationIds = shared.get('demoOrganisationIds') as Map<string, string> | undefined;
    if (!organisationIds) throw new Error('The activities seeder needs the organisations seeder first');
    const upserts = app.get(ActivityUpsertService);
    const wijken = new Map((await app.get(WijkenService).all()).map((w) => [w.code, w]));
    const now = new Date();
    let total = 0;
    for (const organisation of DEMO_ORGANISATIONS) {
      const organisationId = organisationIds.get(organisation.key)!;
      const fitting = TEMPLATES.filter((t) => organisation.themes.includes(t.theme));
      const wanted = Math.min(fitting.length, 3 + Math.floor(random() * 3));
      // A deterministic shuffle, then the first `wanted`: each organisation gets its own mix.
      const chosen = fitting
        .map((template) => ({ template, order: random() }))
        .sort((a, b) => a.order - b.order)
        .slice(0, wanted)
        .map((c) => c.template);
      const items = chosen.map((template, n) => {
        const wijkCode = template.homeWijk ? organisation.wijkCodes[0] : pick(random, organisation.wijkCodes);
        const wijk = wijken.get(wijkCode);
        const jitter = () => (random() - 0.5) * 0.008;
        const rule = template.rule?.replace('{day}', pick(random, template.days ?? WEEKDAYS));
        const startsAt = localTime(now, rule ? 1 : 2 + Math.floor(random() * (template.withinDays ?? 30)), template.time);
        const schedule = rule
          ? { startsAt, rrule: rule, durationMinutes: template.minutes }
          : { startsAt, endsAt: new Date(startsAt.getTime() + template.minutes * 60_000) };
        return {
          externalId: `demo-${organisation.key}-${n + 1}`,
          title: template.title.replace('{wijk}', wijk?.name ?? 'de wijk'),
          description: template.description,
          tags: template.tags,
          wijkCode,
          location: {
            name: organisation.place,
            addressLine: organisation.address,
            latitude: wijk ? Number((wijk.lat + jitter()).toFixed(5)) : null,
            longitude: wijk ? Number((wijk.lon + jitter()).toFixed(5)) : null,
          },
          schedule,
          capacity: template.capacity ?? null,
          costCents: template.costCents ?? 0,
          audience: template.audience ?? [ALL],
          languages: template.languages ?? ['nl'],
          accessibility: template.accessibility ?? [],
          walkIn: template.walkIn ?? false,
          // The demo provider (the library) also has a draft to finish.
          status: organisation.key === 'bibliotheek' && n === chosen.length - 1 ? 'DRAFT' : 'PUBLISHED',
        };
      });
      const principal: Principal = { kind: 'token', tokenId: 'demo-seed', organisationId };
      const report = await upserts.upsert(principal, items);
      if (report.failed > 0) {
        const problems = report.errors.map((e) => `${e.externalId}: ${e.fields.map((f) => `${f.field} ${f.message}`).join(', ')}`);
        throw new Error(`Demo activities of ${organisation.name} do not validate: ${problems.join('; ')}`);
      }
      total += report.created + report.updated + report.unchanged;
    }
    shared.set('demoActivityCount', total);
  },
};
