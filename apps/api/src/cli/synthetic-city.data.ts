/**
 * The word lists and templates a synthetic city is drawn from. Plausible Dutch names and
 * activities; nothing refers to a real person or address.
 */

export const FIRST_NAMES = [
  'Anna', 'Ans', 'Bep', 'Bram', 'Carla', 'Cor', 'Daan', 'Dirk', 'Els', 'Emma', 'Fatima', 'Femke', 'Gerrit', 'Greet', 'Hanneke',
  'Hans', 'Henk', 'Ilse', 'Ingrid', 'Jan', 'Jannie', 'Jeroen', 'Joop', 'Joke', 'Karin', 'Kees', 'Khadija', 'Lars', 'Lieke', 'Marga',
  'Marieke', 'Mark', 'Mehmet', 'Mohamed', 'Nel', 'Nora', 'Olga', 'Pieter', 'Piet', 'Rik', 'Riet', 'Rob', 'Saskia', 'Sem', 'Sanne',
  'Sevda', 'Thijs', 'Tineke', 'Tom', 'Truus', 'Ugur', 'Vera', 'Wil', 'Willem', 'Wim', 'Yara', 'Youssef', 'Zeynep', 'Agnieszka', 'Tomasz',
];

export const SURNAMES = [
  'de Vries', 'Jansen', 'de Jong', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters',
  'Hendriks', 'van Dijk', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'Vermeulen',
  'van den Berg', 'Schouten', 'Willems', 'Hoekstra', 'Koster', 'Yilmaz', 'El Amrani', 'Kaya', 'Nowak', 'Boukhari', 'Öztürk',
];

/** Language profiles of residents and how common they are (ISO 639 codes). */
export const LANGUAGE_MIXES: [string[], number][] = [
  [['nl'], 78],
  [['nl', 'en'], 8],
  [['nl', 'tr'], 3],
  [['nl', 'ar'], 3],
  [['tr'], 1.5],
  [['ar'], 1.5],
  [['nl', 'pl'], 1.5],
  [['en'], 1.5],
  [['nl', 'pap'], 1],
  [['nl', 'so'], 1],
];

export const INTEREST_TEXTS = [
  'Ik hou van een rustige wandeling en een kop koffie na afloop.',
  'Vroeger zong ik in een koor, dat mis ik wel.',
  'Ik lees graag, vooral detectives.',
  'Samen koken en eten vind ik gezellig.',
  'Ik wil graag weer wat vaker naar buiten.',
  'Puzzelen en spelletjes doe ik het liefst met anderen.',
];

export const TALENT_TEXTS = [
  'Ik kan goed met de computer overweg.',
  'Ik ben handig met klusjes in huis.',
  'Ik heb een auto en rijd graag iemand naar de dokter.',
  'Ik kan goed naaien en kleding herstellen.',
  'Ik spreek Nederlands, Turks en Engels.',
];

export const WISH_TEXTS = [
  'Iemand om samen mee te wandelen.',
  'Hulp met formulieren van de gemeente.',
  'Een maatje om af en toe koffie mee te drinken.',
  'Iemand die mij helpt met mijn telefoon.',
  'Meer mensen leren kennen in de buurt.',
];

export const ORGANISATION_KINDS: [string, number][] = [
  ['COMMUNITY_CENTRE', 25],
  ['CLUB', 30],
  ['WELFARE', 15],
  ['CHURCH', 10],
  ['LIBRARY', 5],
  ['HEALTH', 7],
  ['MUNICIPALITY', 3],
  ['OTHER', 5],
];

export const ORGANISATION_NAMES: Record<string, string[]> = {
  COMMUNITY_CENTRE: ['Buurthuis', 'Wijkcentrum', 'Buurtkamer', 'Ontmoetingscentrum', 'Huiskamer'],
  CLUB: ['Wandelclub', 'Sportvereniging', 'Koor', 'Schaakclub', 'Volkstuinvereniging', 'Dansgroep', 'Fietsclub'],
  WELFARE: ['Welzijn', 'Stichting Maatjes', 'Steunpunt Mantelzorg', 'Vrijwilligerscentrale'],
  CHURCH: ['Wijkgemeente', 'Parochie', 'Moskee', 'Kerkgemeenschap'],
  LIBRARY: ['Bibliotheek'],
  HEALTH: ['Gezondheidscentrum', 'Beweegcentrum', 'Inloophuis'],
  MUNICIPALITY: ['Sociaal wijkteam'],
  OTHER: ['Repair Café', 'Taalhuis', 'Digihulp', 'Stichting Aan Tafel'],
};

/**
 * Kinds of activity. `rule` is an RRULE with `{day}` for a weekday; without a rule the template
 * is a one-off. Tags that the city's taxonomy lacks are dropped.
 */
export interface ActivityTemplate {
  title: string;
  description: string;
  tags: string[];
  time: string;
  minutes: number;
  rule?: string;
  capacity?: number;
  costCents?: number;
  walkIn?: boolean;
  audience?: string[];
  accessibility?: string[];
}

const SENIORS = ['AGE_65_TO_74', 'AGE_75_PLUS'];

export const ACTIVITY_TEMPLATES: ActivityTemplate[] = [
  { title: 'Koffieochtend', description: 'Kom binnen voor koffie, thee en een praatje. Je bent welkom, ook als je nog niemand kent.', tags: ['koffie-drinken', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '10:00', minutes: 120, walkIn: true, accessibility: ['WHEELCHAIR'] },
  { title: 'Samen eten', description: 'We koken samen en eten aan een lange tafel. Voor een klein bedrag.', tags: ['samen-eten', 'koken'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '17:30', minutes: 120, capacity: 24, costCents: 500 },
  { title: 'Buurtlunch', description: 'Soep, brood en iets lekkers, elke maand.', tags: ['samen-eten', 'gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=2{day}', time: '12:30', minutes: 90, capacity: 30, costCents: 350, audience: SENIORS },
  { title: 'Stoelgym', description: 'Rustig bewegen op en naast de stoel, op muziek.', tags: ['bewegen'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '10:00', minutes: 60, capacity: 15, costCents: 200, audience: SENIORS, accessibility: ['WHEELCHAIR', 'ACCESSIBLE_TOILET'] },
  { title: 'Wandelgroep', description: 'Een uur wandelen in een rustig tempo, daarna koffie.', tags: ['wandelen', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '10:00', minutes: 90, walkIn: true, accessibility: ['COMPANION_WELCOME'] },
  { title: 'Ommetje in de buurt', description: 'Een kort rondje lopen met buren. Een rollator is geen probleem.', tags: ['wandelen', 'wandelmaatje'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '14:00', minutes: 60, walkIn: true, audience: SENIORS },
  { title: 'Digicafé', description: 'Hulp met je telefoon, tablet of laptop. Geen vraag is te klein.', tags: ['computerhulp'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '10:00', minutes: 120, walkIn: true, accessibility: ['EASY_LANGUAGE'] },
  { title: 'Cursus DigiD', description: 'In vier lessen leer je veilig inloggen met DigiD.', tags: ['computerhulp', 'administratie'], rule: 'FREQ=WEEKLY;COUNT=4;BYDAY={day}', time: '14:00', minutes: 120, capacity: 8 },
  { title: 'Taalcafé', description: 'Nederlands oefenen in een ontspannen sfeer.', tags: ['taalmaatje', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '19:00', minutes: 90, walkIn: true, accessibility: ['EASY_LANGUAGE'] },
  { title: 'Leesclub', description: 'Elke maand hetzelfde boek lezen en erover praten.', tags: ['lezen', 'gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=1{day}', time: '19:30', minutes: 90, capacity: 12 },
  { title: 'Spelletjesmiddag', description: 'Rummikub, sjoelen of een bordspel. Kom alleen of samen.', tags: ['spelletjes', 'gezelschap'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '14:00', minutes: 150, walkIn: true },
  { title: 'Klaverjassen', description: 'Nieuwe spelers zijn welkom; we leren je het spel graag.', tags: ['kaarten'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '19:30', minutes: 150, costCents: 200 },
  { title: 'Bingo', description: 'Een gezellige bingo met kleine prijsjes.', tags: ['bingo', 'gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=1{day}', time: '19:30', minutes: 120, capacity: 60, costCents: 300, accessibility: ['HEARING_LOOP'] },
  { title: 'Handwerkcafé', description: 'Breien en haken, met koffie en een goed gesprek.', tags: ['handwerken', 'koffie-drinken'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '14:00', minutes: 120, walkIn: true },
  { title: 'Schilderen en tekenen', description: 'Werken met verf en potlood, met tips van een docent.', tags: ['schilderen', 'creatief'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '14:00', minutes: 120, capacity: 10, costCents: 300 },
  { title: 'Repair Café', description: 'Kapotte spullen samen repareren. Gratis, een gift mag.', tags: ['repair-cafe', 'klussen'], rule: 'FREQ=MONTHLY;BYDAY=2{day}', time: '10:00', minutes: 240, walkIn: true },
  { title: 'Zingen in de wijk', description: 'Bekende liedjes zingen, je hoeft geen noten te lezen.', tags: ['zingen', 'muziek'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '19:30', minutes: 90, walkIn: true },
  { title: 'Dansmiddag', description: 'Dansen op muziek van vroeger en nu.', tags: ['dansen', 'muziek'], rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY={day}', time: '14:00', minutes: 120, costCents: 250 },
  { title: 'Samen tuinieren', description: 'Zaaien, wieden en oogsten in de buurtmoestuin.', tags: ['moestuin', 'tuinieren'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '10:00', minutes: 120, walkIn: true },
  { title: 'Duofietsen', description: 'Samen op de duofiets een mooie route fietsen.', tags: ['fietsen', 'vervoer'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '14:00', minutes: 90, capacity: 4, audience: SENIORS, accessibility: ['TRANSPORT_AVAILABLE'] },
  { title: 'Yoga op de stoel', description: 'Zachte yoga op een stoel; rustig ademhalen.', tags: ['yoga', 'bewegen'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '14:00', minutes: 60, capacity: 12, costCents: 300, accessibility: ['QUIET'] },
  { title: 'Valpreventie', description: 'Acht lessen balans en kracht met een fysiotherapeut.', tags: ['bewegen'], rule: 'FREQ=WEEKLY;COUNT=8;BYDAY={day}', time: '10:30', minutes: 60, capacity: 10, audience: SENIORS },
  { title: 'Spreekuur formulieren', description: 'Hulp met brieven en formulieren. Neem de papieren mee.', tags: ['administratie'], rule: 'FREQ=WEEKLY;BYDAY={day}', time: '13:30', minutes: 120, walkIn: true },
  { title: 'Filmmiddag', description: 'Een mooie film op groot scherm, met koffie in de pauze.', tags: ['film', 'gezelschap'], rule: 'FREQ=MONTHLY;BYDAY=2{day}', time: '14:00', minutes: 150, capacity: 40, costCents: 350 },
  { title: 'Lezing over de wijk van vroeger', description: 'Met oude foto’s vertelt een verteller over de geschiedenis van de wijk.', tags: ['geschiedenis'], time: '14:00', minutes: 90, capacity: 60, accessibility: ['HEARING_LOOP'] },
  { title: 'Vogels kijken', description: 'Vroeg op pad met een vogelkenner; verrekijkers kun je lenen.', tags: ['natuur', 'wandelen'], time: '08:00', minutes: 120, capacity: 15 },
  { title: 'Plantjesruil', description: 'Ruil een stekje voor een ander; ook zonder plantje welkom.', tags: ['tuinieren'], time: '11:00', minutes: 120, walkIn: true },
  { title: 'Samen naar het museum', description: 'Met een kleine groep naar een museum; vervoer wordt geregeld.', tags: ['geschiedenis', 'gezelschap'], time: '10:30', minutes: 240, capacity: 12, costCents: 1250, accessibility: ['TRANSPORT_AVAILABLE'] },
  { title: 'Kennismaking maatjes', description: 'Zoek je een maatje of wil je er een zijn? Kom kennismaken.', tags: ['gezelschap', 'wandelmaatje'], time: '10:00', minutes: 90, capacity: 20 },
  { title: 'Muziekmiddag met live muziek', description: 'Luister, zing mee of dans.', tags: ['muziek', 'gezelschap'], time: '14:30', minutes: 120, walkIn: true },
];

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export const CANCELLATION_REASONS = ['De zaal is niet beschikbaar.', 'Te weinig aanmeldingen.', 'De begeleider is ziek.'];
