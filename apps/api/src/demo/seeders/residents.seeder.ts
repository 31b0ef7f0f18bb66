import { randomUUID } from 'node:crypto';
import { Role, UserAccount } from '@buurtbrug/auth';
import {
  AgeBand,
  AVAILABILITY_SLOTS,
  type AvailabilitySlot,
  ConsentKind,
  ConsentMethod,
  ContactPreference,
  ResidentConsent,
  ResidentNeed,
  ResidentProfile,
  ResidentProfileService,
} from '@buurtbrug/residents';
import { TagCategory, TagsService } from '@buurtbrug/tags';
import { WijkenService } from '@buurtbrug/wijken';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { DemoSeeder } from '../demo-seeder.js';
import { DEMO_PASSWORD } from '../demo-accounts.js';

const HILVERSUM = 'GM0402';
const RESIDENTS = 300;
/** One in ten was registered by a social worker because they are not online. */
const ON_BEHALF_SHARE = 0.1;

const FIRST_NAMES = [
  'Anna', 'Jan', 'Kees', 'Fatma', 'Mohamed', 'Sanne', 'Henk', 'Joke', 'Ria', 'Willem', 'Els', 'Bram', 'Daan', 'Lotte',
  'Sophie', 'Emma', 'Noah', 'Ahmed', 'Yusuf', 'Ayşe', 'Khadija', 'Piet', 'Gerrit', 'Truus', 'Corrie', 'Wim', 'Ans', 'Marja',
  'Ingrid', 'Peter', 'Martin', 'Sandra', 'Linda', 'Mieke', 'Hans', 'Ton', 'Femke', 'Iris', 'Ruben', 'Thijs', 'Youssef',
  'Nadia', 'Samira', 'Priya', 'Rajesh', 'Ilse', 'Bep', 'Dirk', 'Riet', 'Fenna', 'Mila', 'Sem', 'Luuk', 'Eva', 'Julia',
  'Tess', 'Lieke', 'Gijs', 'Marloes', 'Hennie', 'Greet', 'Jopie', 'Co', 'Nel', 'Ahmet', 'Emine', 'Hatice', 'Mustafa',
  'Karim', 'Souad', 'Fleur', 'Jasper', 'Koen', 'Maaike', 'Esther', 'Rik', 'Tineke', 'Agnes', 'Frits', 'Loes',
];

const AGE_BANDS: [AgeBand, number][] = [
  [AgeBand.UNDER_30, 0.12],
  [AgeBand.AGE_30_TO_49, 0.2],
  [AgeBand.AGE_50_TO_64, 0.2],
  [AgeBand.AGE_65_TO_74, 0.23],
  [AgeBand.AGE_75_PLUS, 0.25],
];

const OTHER_LANGUAGES = ['en', 'tr', 'ar', 'zgh', 'pap', 'srn', 'pl', 'de'];

/** Weekly rhythms people have: retirees in the day, workers in the evening and the weekend. */
const RHYTHMS: ((random: () => number) => AvailabilitySlot[])[] = [
  (r) => pick(r, ['MON_MORNING', 'TUE_MORNING', 'WED_MORNING', 'THU_MORNING', 'FRI_MORNING', 'TUE_AFTERNOON', 'THU_AFTERNOON'], 2, 5),
  (r) => pick(r, ['MON_EVENING', 'TUE_EVENING', 'WED_EVENING', 'THU_EVENING', 'SAT_MORNING', 'SAT_AFTERNOON', 'SUN_AFTERNOON'], 2, 4),
  (r) => pick(r, ['SAT_MORNING', 'SAT_AFTERNOON', 'SUN_MORNING', 'SUN_AFTERNOON', 'FRI_EVENING'], 1, 3),
  (r) => pick(r, [...AVAILABILITY_SLOTS], 1, 6),
];

const FREE_TEXTS = {
  interests: ['Ik lees graag detectives.', 'Vroeger zong ik in een koor.', 'Ik houd van de hei en het bos.', 'Puzzels en spelletjes.', null, null, null],
  talents: ['Ik kan goed luisteren.', 'Ik repareer fietsen.', 'Ik help graag met formulieren.', 'Ik bak elke week een taart.', null, null, null],
  wishes: ['Iemand om mee te wandelen.', 'Samen koffie drinken in de buurt.', 'Iemand die helpt met mijn tablet.', 'Een vaste kaartclub.', null, null, null],
};

function pick<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = Math.min(items.length, min + Math.floor(random() * (max - min + 1)));
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return chosen;
}

function weighted<T>(random: () => number, options: [T, number][]): T {
  let roll = random() * options.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll <= 0) return value;
  }
  return options[options.length - 1][0];
}

function emailName(first: string): string {
  return first.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * About 300 residents across the Hilversum wijken, plus the profile of the demo resident
 * (`inwoner@buurtbrug.demo`). Accounts are inserted in bulk with one precomputed hash of the
 * demo password: hashing 300 passwords one by one would take most of a minute.
 */
export const residentsSeeder: DemoSeeder = {
  name: 'residents',
  order: 70,
  async seed({ app, random, shared }) {
    const wijkenService = app.get(WijkenService);
    const overview = await wijkenService.overview(HILVERSUM);
    const wijken = overview.length ? overview : await wijkenService.overview();
    if (wijken.length === 0) return;
    const tags = await app.get(TagsService).all();
    const interestSlugs = tags.filter((t) => t.category !== TagCategory.TALENT).map((t) => t.slug);
    const talentSlugs = tags.filter((t) => t.category !== TagCategory.INTEREST).map((t) => t.slug);

    // The demo resident, through the same path the app uses.
    const demoResidentId = shared.get('account:inwoner@buurtbrug.demo') as string | undefined;
    const oost = wijken.find((w) => /^(hilversum[- ])?oost$/i.test(w.wijk.name)) ?? wijken.find((w) => /oost/i.test(w.wijk.name));
    if (demoResidentId && oost) {
      await app.get(ResidentProfileService).updateMyProfile(
        { kind: 'user', userId: demoResidentId, sessionId: randomUUID(), role: Role.RESIDENT, wijkCodes: [], organisationId: null },
        {
          wijkCode: oost.wijk.code,
          ageBand: AgeBand.AGE_65_TO_74,
          languages: ['nl'],
          // Plain words: the profile service turns them into taxonomy slugs.
          interests: ['wandelen', 'koffie'],
          wishes: ['koffie'],
          wishesText: 'Samen een kop koffie drinken en een rondje lopen.',
          availability: ['TUE_MORNING', 'THU_AFTERNOON'],
          travelRadiusKm: 3,
          wantsNewContacts: true,
          consents: { profileProcessing: true, matching: true },
        },
      );
    }

    const socialWorkerId = shared.get('account:sociaalwerker@buurtbrug.demo') as string | undefined;
    const socialWorkerWijken = wijken.filter((w) => w.wijk.code === 'WK040201' || w.wijk.code === 'WK040202');
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    const accounts: Partial<UserAccount>[] = [];
    const profiles: Partial<ResidentProfile>[] = [];
    const consents: Partial<ResidentConsent>[] = [];
    const now = Date.now();

    for (let i = 1; i <= RESIDENTS; i++) {
      const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)];
      const onBehalf = Boolean(socialWorkerId) && socialWorkerWijken.length > 0 && random() < ON_BEHALF_SHARE;
      const ageBand = onBehalf ? weighted(random, [[AgeBand.AGE_75_PLUS, 0.7], [AgeBand.AGE_65_TO_74, 0.3]]) : weighted(random, AGE_BANDS);
      const senior = ageBand === AgeBand.AGE_75_PLUS;
      const place = onBehalf ? socialWorkerWijken[Math.floor(random() * socialWorkerWijken.length)] : wijken[Math.floor(random() * wijken.length)];
      const userId = randomUUID();
      const createdAt = new Date(now - Math.floor(random() * 180) * 86_400_000);
      accounts.push({
        id: userId,
        email: onBehalf ? null : `${emailName(first)}.${i}@demo.buurtbrug.nl`,
        passwordHash: onBehalf ? null : passwordHash,
        role: Role.RESIDENT,
        displayName: first,
        wijkCodes: [],
        organisationId: null,
      });
      // Some older residents who do their own profile still want proposals through a social worker.
      const viaSocialWorker = onBehalf || (senior && random() < 0.3);
      const needs: ResidentNeed[] = [];
      if (random() < (senior ? 0.25 : 0.04)) needs.push(ResidentNeed.WHEELCHAIR_ACCESS);
      if (random() < (senior ? 0.2 : 0.03)) needs.push(ResidentNeed.HEARING_LOOP);
      if (random() < (senior || onBehalf ? 0.35 : 0.05)) needs.push(ResidentNeed.SOMEONE_TO_GO_ALONG);
      const withPostcode = place.postcodes.length > 0 && random() < 0.6;
      const withBuurt = place.buurten.length > 0 && random() < 0.3;
      profiles.push({
        userId,
        wijkCode: place.wijk.code,
        buurtCode: withBuurt ? place.buurten[Math.floor(random() * place.buurten.length)].code : null,
        postcode: withPostcode ? place.postcodes[Math.floor(random() * place.postcodes.length)] : null,
        ageBand,
        languages: random() < 0.25 ? ['nl', OTHER_LANGUAGES[Math.floor(random() * OTHER_LANGUAGES.length)]] : ['nl'],
        interests: pick(random, interestSlugs, 2, 5),
        talents: pick(random, talentSlugs, 0, 3),
        wishes: pick(random, interestSlugs, 0, 3),
        interestsText: FREE_TEXTS.interests[Math.floor(random() * FREE_TEXTS.interests.length)],
        talentsText: FREE_TEXTS.talents[Math.floor(random() * FREE_TEXTS.talents.length)],
        wishesText: FREE_TEXTS.wishes[Math.floor(random() * FREE_TEXTS.wishes.length)],
        availability: AVAILABILITY_SLOTS.filter((slot) => RHYTHMS[Math.floor(random() * RHYTHMS.length)](random).includes(slot)),
        travelRadiusKm: senior ? 0.5 + Math.round(random() * 3) * 0.5 : 1 + Math.round(random() * 18) * 0.5,
        needs,
        contactPreference: viaSocialWorker && (onBehalf || random() < 0.6) ? ContactPreference.PHONE_VIA_SOCIAL_WORKER : ContactPreference.APP,
        viaSocialWorker,
        wantsNewContacts: random() < 0.8,
        onBehalf,
        createdBy: onBehalf ? socialWorkerId! : null,
        createdAt,
        updatedAt: createdAt,
      });
      const recorded = onBehalf
        ? { recordedBy: socialWorkerId!, method: random() < 0.5 ? ConsentMethod.SPOKEN : ConsentMethod.WRITTEN }
        : { recordedBy: userId, method: ConsentMethod.APP };
      consents.push({ userId, kind: ConsentKind.PROFILE_PROCESSING, givenAt: createdAt, ...recorded });
      if (random() < 0.85) consents.push({ userId, kind: ConsentKind.MATCHING, givenAt: createdAt, ...recorded });
      if (random() < 0.3) consents.push({ userId, kind: ConsentKind.MEASUREMENT, givenAt: createdAt, ...recorded });
    }

    await app.get(DataSource).transaction(async (manager) => {
      for (let start = 0; start < accounts.length; start += 100) {
        await manager.getRepository(UserAccount).insert(accounts.slice(start, start + 100));
        await manager.getRepository(ResidentProfile).insert(profiles.slice(start, start + 100));
      }
      await manager.getRepository(ResidentConsent).insert(consents);
    });
  },
};
