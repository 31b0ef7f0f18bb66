import { TagCategory } from '../tag-category.enum.js';
import type { TagDefinition } from '../tags.service.js';

const { INTEREST, TALENT, BOTH } = TagCategory;

/**
 * The starting taxonomy: what people in the Hilversum and Hengelo programmes like doing and can
 * do for each other. Labels are B1 Dutch; synonyms are the words people actually type. No two tags
 * share a name (a unit test guards it), so every input maps to one tag. Every database gets this
 * list from the migration StandardTags1764001200000 (a copy; tags.integration-spec checks they
 * agree): a change here needs a migration of its own to reach existing databases.
 */
export const STANDARD_TAGS: TagDefinition[] = [
  { slug: 'wandelen', labelNl: 'Wandelen', labelEn: 'Walking', category: INTEREST, synonyms: ['lopen', 'wandeling', 'een stukje lopen', 'walking', 'hiking', 'stroll'] },
  { slug: 'wandelmaatje', labelNl: 'Wandelmaatje', labelEn: 'Walking buddy', category: BOTH, synonyms: ['samen wandelen', 'wandelbuddy', 'wandelvriend'] },
  { slug: 'fietsen', labelNl: 'Fietsen', labelEn: 'Cycling', category: INTEREST, synonyms: ['fietstocht', 'fietsclub', 'duofiets', 'cycling', 'bike ride', 'biking'] },
  { slug: 'bewegen', labelNl: 'Bewegen', labelEn: 'Exercise', category: INTEREST, synonyms: ['gym', 'gymnastiek', 'stoelgym', 'ouderengym', 'beweegclub', 'keep fit'] },
  { slug: 'sport', labelNl: 'Sport', labelEn: 'Sports', category: INTEREST, synonyms: ['sporten', 'voetbal', 'tennis', 'badminton', 'tafeltennis'] },
  { slug: 'zwemmen', labelNl: 'Zwemmen', labelEn: 'Swimming', category: INTEREST, synonyms: ['zwembad', 'aquajoggen', 'baantjes zwemmen', 'swim'] },
  { slug: 'yoga', labelNl: 'Yoga', labelEn: 'Yoga', category: INTEREST, synonyms: ['stoelyoga', 'meditatie', 'mindfulness', 'tai chi', 'meditation'] },
  { slug: 'dansen', labelNl: 'Dansen', labelEn: 'Dancing', category: INTEREST, synonyms: ['dans', 'dansles', 'line dance', 'volksdansen', 'dance'] },
  { slug: 'jeu-de-boules', labelNl: 'Jeu de boules', labelEn: 'Pétanque', category: INTEREST, synonyms: ['petanque', 'boules', 'jeu de boule'] },
  { slug: 'koken', labelNl: 'Koken', labelEn: 'Cooking', category: BOTH, synonyms: ['kookclub', 'kookles', 'bakken', 'taart bakken', 'cooking', 'baking'] },
  { slug: 'samen-eten', labelNl: 'Samen eten', labelEn: 'Eating together', category: INTEREST, synonyms: ['eettafel', 'buurtmaaltijd', 'maaltijd', 'samen koken en eten', 'shared meal', 'community dinner'] },
  { slug: 'koffie-drinken', labelNl: 'Koffie drinken', labelEn: 'Having coffee', category: INTEREST, synonyms: ['koffie', 'kopje koffie', 'koffieochtend', 'thee', 'inloop', 'coffee', 'coffee morning'] },
  { slug: 'gezelschap', labelNl: 'Gezelschap en een praatje', labelEn: 'Company and a chat', category: BOTH, synonyms: ['praatje', 'kletsen', 'bezoek', 'op bezoek', 'gezelligheid', 'company', 'chat', 'visit'] },
  { slug: 'taalmaatje', labelNl: 'Taalmaatje', labelEn: 'Language buddy', category: BOTH, synonyms: ['taalcoach', 'nederlands oefenen', 'nederlands leren', 'taalles', 'language buddy', 'dutch practice', 'conversation partner'] },
  { slug: 'voorlezen', labelNl: 'Voorlezen', labelEn: 'Reading aloud', category: BOTH, synonyms: ['voorleesouder', 'voorleesmaatje', 'read aloud', 'storytelling'] },
  { slug: 'lezen', labelNl: 'Lezen', labelEn: 'Reading', category: INTEREST, synonyms: ['boeken', 'leesclub', 'boekenclub', 'bibliotheek', 'books', 'book club'] },
  { slug: 'computerhulp', labelNl: 'Hulp met computer en telefoon', labelEn: 'Computer and phone help', category: TALENT, synonyms: ['computer', 'computerles', 'digitale hulp', 'tablet', 'smartphone', 'mobiele telefoon', 'laptop', 'ict', 'computer help', 'digital help', 'digid'] },
  { slug: 'administratie', labelNl: 'Hulp met formulieren en post', labelEn: 'Help with forms and paperwork', category: TALENT, synonyms: ['formulieren', 'administratie', 'papierwerk', 'belastingaangifte', 'geldzaken', 'brieven lezen', 'paperwork', 'forms', 'admin'] },
  { slug: 'klussen', labelNl: 'Klussen', labelEn: 'Odd jobs', category: TALENT, synonyms: ['klusjes', 'klushulp', 'reparaties', 'doe het zelf', 'diy', 'handyman', 'repairs'] },
  { slug: 'repair-cafe', labelNl: 'Repair Café', labelEn: 'Repair café', category: BOTH, synonyms: ['spullen repareren', 'repareren', 'fixing things'] },
  { slug: 'boodschappen', labelNl: 'Boodschappen doen', labelEn: 'Grocery shopping', category: TALENT, synonyms: ['boodschappen', 'supermarkt', 'winkelen', 'groceries', 'shopping', 'errands'] },
  { slug: 'vervoer', labelNl: 'Vervoer en meerijden', labelEn: 'Transport and lifts', category: TALENT, synonyms: ['meerijden', 'rijden', 'autorit', 'lift', 'chauffeur', 'naar de dokter brengen', 'transport', 'ride', 'driving'] },
  { slug: 'oppassen', labelNl: 'Oppassen', labelEn: 'Babysitting', category: TALENT, synonyms: ['babysitten', 'kinderen', 'oppas', 'babysitter', 'childminding'] },
  { slug: 'huiswerkbegeleiding', labelNl: 'Huiswerkbegeleiding', labelEn: 'Homework help', category: TALENT, synonyms: ['huiswerkhulp', 'bijles', 'huiswerk', 'homework', 'tutoring'] },
  { slug: 'tuinieren', labelNl: 'Tuinieren', labelEn: 'Gardening', category: BOTH, synonyms: ['tuin', 'tuinwerk', 'tuinhulp', 'planten', 'gardening', 'garden'] },
  { slug: 'moestuin', labelNl: 'Moestuin', labelEn: 'Vegetable garden', category: INTEREST, synonyms: ['groente kweken', 'volkstuin', 'buurttuin', 'allotment', 'growing vegetables'] },
  { slug: 'natuur', labelNl: 'Natuur', labelEn: 'Nature', category: INTEREST, synonyms: ['natuurwandeling', 'vogels kijken', 'bos', 'heide', 'birdwatching'] },
  { slug: 'dieren', labelNl: 'Dieren', labelEn: 'Animals', category: BOTH, synonyms: ['huisdieren', 'hond uitlaten', 'honden', 'katten', 'animals', 'pets', 'dog walking'] },
  { slug: 'muziek', labelNl: 'Muziek', labelEn: 'Music', category: BOTH, synonyms: ['muziek maken', 'instrument', 'gitaar', 'piano', 'muziek luisteren', 'making music'] },
  { slug: 'zingen', labelNl: 'Zingen', labelEn: 'Singing', category: INTEREST, synonyms: ['koor', 'zangkoor', 'meezingen', 'choir', 'sing'] },
  { slug: 'handwerken', labelNl: 'Handwerken', labelEn: 'Needlework', category: BOTH, synonyms: ['breien', 'haken', 'borduren', 'knitting', 'crochet', 'embroidery'] },
  { slug: 'naaien', labelNl: 'Naaien', labelEn: 'Sewing', category: BOTH, synonyms: ['naaimachine', 'kleding maken', 'verstellen', 'kleding repareren', 'sewing', 'mending'] },
  { slug: 'creatief', labelNl: 'Creatief bezig zijn', labelEn: 'Arts and crafts', category: INTEREST, synonyms: ['creatief', 'knutselen', 'creatieve workshop', 'crafts', 'creative', 'kunst'] },
  { slug: 'schilderen', labelNl: 'Schilderen en tekenen', labelEn: 'Painting and drawing', category: INTEREST, synonyms: ['schilderen', 'tekenen', 'aquarelleren', 'schilderles', 'painting', 'drawing'] },
  { slug: 'fotografie', labelNl: 'Fotografie', labelEn: 'Photography', category: INTEREST, synonyms: ['foto', "foto's maken", 'fotograferen', 'camera', 'photos'] },
  { slug: 'geschiedenis', labelNl: 'Geschiedenis', labelEn: 'History', category: INTEREST, synonyms: ['historie', 'lokale geschiedenis', 'heemkunde', 'erfgoed', 'oude foto’s', 'local history', 'heritage'] },
  { slug: 'theater', labelNl: 'Theater', labelEn: 'Theatre', category: INTEREST, synonyms: ['toneel', 'toneelclub', 'cabaret', 'drama', 'theater'] },
  { slug: 'film', labelNl: 'Film', labelEn: 'Film', category: INTEREST, synonyms: ['films', 'filmhuis', 'bioscoop', 'filmmiddag', 'cinema', 'movies'] },
  { slug: 'spelletjes', labelNl: 'Spelletjes', labelEn: 'Games', category: INTEREST, synonyms: ['bordspellen', 'gezelschapsspellen', 'rummikub', 'puzzelen', 'board games', 'puzzles'] },
  { slug: 'schaken', labelNl: 'Schaken', labelEn: 'Chess', category: INTEREST, synonyms: ['schaakclub', 'dammen', 'chess', 'draughts'] },
  { slug: 'kaarten', labelNl: 'Kaarten', labelEn: 'Card games', category: INTEREST, synonyms: ['kaartspel', 'klaverjassen', 'bridge', 'jokeren', 'cards'] },
  { slug: 'bingo', labelNl: 'Bingo', labelEn: 'Bingo', category: INTEREST, synonyms: ['bingomiddag', 'lotto'] },
];
