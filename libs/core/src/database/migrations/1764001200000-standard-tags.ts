import type { MigrationInterface, QueryRunner } from 'typeorm';

type StandardTagRow = [slug: string, labelNl: string, labelEn: string, category: 'interest' | 'talent' | 'both', synonyms: string[]];

/**
 * The standard taxonomy as it was when this migration shipped (the same as `STANDARD_TAGS` of
 * libs/tags then). Copied rather than imported: a migration that already ran must mean the same
 * thing on the next database, whatever later edits to the library's list. A later change to the
 * standard taxonomy needs a migration of its own. Synonyms are stored as TagsService stores them
 * (lower-case, single spaces).
 */
const STANDARD_TAXONOMY: StandardTagRow[] = [
  ['wandelen', 'Wandelen', 'Walking', 'interest', ['lopen', 'wandeling', 'een stukje lopen', 'walking', 'hiking', 'stroll']],
  ['wandelmaatje', 'Wandelmaatje', 'Walking buddy', 'both', ['samen wandelen', 'wandelbuddy', 'wandelvriend']],
  ['fietsen', 'Fietsen', 'Cycling', 'interest', ['fietstocht', 'fietsclub', 'duofiets', 'cycling', 'bike ride', 'biking']],
  ['bewegen', 'Bewegen', 'Exercise', 'interest', ['gym', 'gymnastiek', 'stoelgym', 'ouderengym', 'beweegclub', 'keep fit']],
  ['sport', 'Sport', 'Sports', 'interest', ['sporten', 'voetbal', 'tennis', 'badminton', 'tafeltennis']],
  ['zwemmen', 'Zwemmen', 'Swimming', 'interest', ['zwembad', 'aquajoggen', 'baantjes zwemmen', 'swim']],
  ['yoga', 'Yoga', 'Yoga', 'interest', ['stoelyoga', 'meditatie', 'mindfulness', 'tai chi', 'meditation']],
  ['dansen', 'Dansen', 'Dancing', 'interest', ['dans', 'dansles', 'line dance', 'volksdansen', 'dance']],
  ['jeu-de-boules', 'Jeu de boules', 'Pétanque', 'interest', ['petanque', 'boules', 'jeu de boule']],
  ['koken', 'Koken', 'Cooking', 'both', ['kookclub', 'kookles', 'bakken', 'taart bakken', 'cooking', 'baking']],
  ['samen-eten', 'Samen eten', 'Eating together', 'interest', ['eettafel', 'buurtmaaltijd', 'maaltijd', 'samen koken en eten', 'shared meal', 'community dinner']],
  ['koffie-drinken', 'Koffie drinken', 'Having coffee', 'interest', ['koffie', 'kopje koffie', 'koffieochtend', 'thee', 'inloop', 'coffee', 'coffee morning']],
  ['gezelschap', 'Gezelschap en een praatje', 'Company and a chat', 'both', ['praatje', 'kletsen', 'bezoek', 'op bezoek', 'gezelligheid', 'company', 'chat', 'visit']],
  ['taalmaatje', 'Taalmaatje', 'Language buddy', 'both', ['taalcoach', 'nederlands oefenen', 'nederlands leren', 'taalles', 'language buddy', 'dutch practice', 'conversation partner']],
  ['voorlezen', 'Voorlezen', 'Reading aloud', 'both', ['voorleesouder', 'voorleesmaatje', 'read aloud', 'storytelling']],
  ['lezen', 'Lezen', 'Reading', 'interest', ['boeken', 'leesclub', 'boekenclub', 'bibliotheek', 'books', 'book club']],
  ['computerhulp', 'Hulp met computer en telefoon', 'Computer and phone help', 'talent', ['computer', 'computerles', 'digitale hulp', 'tablet', 'smartphone', 'mobiele telefoon', 'laptop', 'ict', 'computer help', 'digital help', 'digid']],
  ['administratie', 'Hulp met formulieren en post', 'Help with forms and paperwork', 'talent', ['formulieren', 'administratie', 'papierwerk', 'belastingaangifte', 'geldzaken', 'brieven lezen', 'paperwork', 'forms', 'admin']],
  ['klussen', 'Klussen', 'Odd jobs', 'talent', ['klusjes', 'klushulp', 'reparaties', 'doe het zelf', 'diy', 'handyman', 'repairs']],
  ['repair-cafe', 'Repair Café', 'Repair café', 'both', ['spullen repareren', 'repareren', 'fixing things']],
  ['boodschappen', 'Boodschappen doen', 'Grocery shopping', 'talent', ['boodschappen', 'supermarkt', 'winkelen', 'groceries', 'shopping', 'errands']],
  ['vervoer', 'Vervoer en meerijden', 'Transport and lifts', 'talent', ['meerijden', 'rijden', 'autorit', 'lift', 'chauffeur', 'naar de dokter brengen', 'transport', 'ride', 'driving']],
  ['oppassen', 'Oppassen', 'Babysitting', 'talent', ['babysitten', 'kinderen', 'oppas', 'babysitter', 'childminding']],
  ['huiswerkbegeleiding', 'Huiswerkbegeleiding', 'Homework help', 'talent', ['huiswerkhulp', 'bijles', 'huiswerk', 'homework', 'tutoring']],
  ['tuinieren', 'Tuinieren', 'Gardening', 'both', ['tuin', 'tuinwerk', 'tuinhulp', 'planten', 'gardening', 'garden']],
  ['moestuin', 'Moestuin', 'Vegetable garden', 'interest', ['groente kweken', 'volkstuin', 'buurttuin', 'allotment', 'growing vegetables']],
  ['natuur', 'Natuur', 'Nature', 'interest', ['natuurwandeling', 'vogels kijken', 'bos', 'heide', 'birdwatching']],
  ['dieren', 'Dieren', 'Animals', 'both', ['huisdieren', 'hond uitlaten', 'honden', 'katten', 'animals', 'pets', 'dog walking']],
  ['muziek', 'Muziek', 'Music', 'both', ['muziek maken', 'instrument', 'gitaar', 'piano', 'muziek luisteren', 'making music']],
  ['zingen', 'Zingen', 'Singing', 'interest', ['koor', 'zangkoor', 'meezingen', 'choir', 'sing']],
  ['handwerken', 'Handwerken', 'Needlework', 'both', ['breien', 'haken', 'borduren', 'knitting', 'crochet', 'embroidery']],
  ['naaien', 'Naaien', 'Sewing', 'both', ['naaimachine', 'kleding maken', 'verstellen', 'kleding repareren', 'sewing', 'mending']],
  ['creatief', 'Creatief bezig zijn', 'Arts and crafts', 'interest', ['creatief', 'knutselen', 'creatieve workshop', 'crafts', 'creative', 'kunst']],
  ['schilderen', 'Schilderen en tekenen', 'Painting and drawing', 'interest', ['schilderen', 'tekenen', 'aquarelleren', 'schilderles', 'painting', 'drawing']],
  ['fotografie', 'Fotografie', 'Photography', 'interest', ['foto', "foto's maken", 'fotograferen', 'camera', 'photos']],
  ['geschiedenis', 'Geschiedenis', 'History', 'interest', ['historie', 'lokale geschiedenis', 'heemkunde', 'erfgoed', 'oude foto’s', 'local history', 'heritage']],
  ['theater', 'Theater', 'Theatre', 'interest', ['toneel', 'toneelclub', 'cabaret', 'drama', 'theater']],
  ['film', 'Film', 'Film', 'interest', ['films', 'filmhuis', 'bioscoop', 'filmmiddag', 'cinema', 'movies']],
  ['spelletjes', 'Spelletjes', 'Games', 'interest', ['bordspellen', 'gezelschapsspellen', 'rummikub', 'puzzelen', 'board games', 'puzzles']],
  ['schaken', 'Schaken', 'Chess', 'interest', ['schaakclub', 'dammen', 'chess', 'draughts']],
  ['kaarten', 'Kaarten', 'Card games', 'interest', ['kaartspel', 'klaverjassen', 'bridge', 'jokeren', 'cards']],
  ['bingo', 'Bingo', 'Bingo', 'interest', ['bingomiddag', 'lotto']],
];

/** TagsService's comparison form (libs/tags tagKey): case, accents, spaces and punctuation do not count. */
const keyOf = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const namesOf = (tag: { slug: string; labelNl: string; labelEn: string; synonyms: string[] }) => [tag.slug, tag.labelNl, tag.labelEn, ...tag.synonyms];

/**
 * Every database gets the standard interests and talents, not only demo instances: a new
 * production instance can match and search from its first day. Tags an admin already made are
 * left alone: a standard tag whose slug exists is skipped (an admin's edit of it stays), and so is
 * one with a name an existing tag already has, because input maps to a tag only while no two tags
 * share a name.
 */
export class StandardTags1764001200000 implements MigrationInterface {
  name = 'StandardTags1764001200000';

  async up(q: QueryRunner): Promise<void> {
    const existing = (await q.query(`SELECT slug, label_nl AS "labelNl", label_en AS "labelEn", synonyms FROM tag`)) as {
      slug: string;
      labelNl: string;
      labelEn: string;
      synonyms: string[];
    }[];
    const taken = new Set(existing.flatMap((tag) => namesOf(tag).map(keyOf)));
    const rows = STANDARD_TAXONOMY.map(([slug, labelNl, labelEn, category, synonyms]) => ({ slug, labelNl, labelEn, category, synonyms }))
      .filter((tag) => !namesOf(tag).some((name) => taken.has(keyOf(name))));
    if (rows.length === 0) return;
    await q.query(
      `INSERT INTO tag (slug, label_nl, label_en, category, synonyms)
       SELECT t.slug, t."labelNl", t."labelEn", t.category, ARRAY(SELECT s FROM jsonb_array_elements_text(t.synonyms) WITH ORDINALITY AS x(s, i) ORDER BY i)
         FROM jsonb_to_recordset($1::jsonb) AS t(slug text, "labelNl" text, "labelEn" text, category text, synonyms jsonb)
       ON CONFLICT (slug) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }

  /** Takes out the standard tags nobody changed since; edited ones are an admin's and stay. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM tag USING jsonb_to_recordset($1::jsonb) AS t(slug text, "labelNl" text, "labelEn" text, category text, synonyms jsonb)
        WHERE tag.slug = t.slug AND tag.label_nl = t."labelNl" AND tag.label_en = t."labelEn" AND tag.category = t.category
          AND tag.synonyms = ARRAY(SELECT s FROM jsonb_array_elements_text(t.synonyms) WITH ORDINALITY AS x(s, i) ORDER BY i)`,
      [JSON.stringify(STANDARD_TAXONOMY.map(([slug, labelNl, labelEn, category, synonyms]) => ({ slug, labelNl, labelEn, category, synonyms })))],
    );
  }
}
