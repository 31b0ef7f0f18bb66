import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { TagsService } from '@buurtbrug/tags';
import { PostExpiryService, PostKind, PostService } from '@buurtbrug/talents-wants';
import { DataSource } from 'typeorm';
import type { DemoSeeder } from '../demo-seeder.js';

const { OFFER, REQUEST } = PostKind;

/** What residents of a Dutch town offer each other and ask for, in their own (B1) words. */
const POSTS: [PostKind, string, string, string[]][] = [
  [OFFER, 'Ik help graag met de computer', 'Mailen, foto’s bekijken of een app installeren: ik kom bij je langs en we doen het samen, rustig aan.', ['computerhulp']],
  [OFFER, 'Hulp met je telefoon of tablet', 'Ik ben student en leg graag uit hoe WhatsApp, videobellen of de NS-app werkt. Op woensdagmiddag kan ik.', ['computerhulp']],
  [OFFER, 'Samen een rondje wandelen', 'Ik wandel elke ochtend een uurtje door de buurt en het park. Loop je een keer mee?', ['wandelen', 'wandelmaatje']],
  [OFFER, 'Ik kook een extra bord mee', 'Ik kook graag en vaak te veel. Eén keer per week schuift er iemand aan, of ik breng een bord langs.', ['koken', 'samen-eten']],
  [OFFER, 'Ik repareer fietsen', 'Lekke band, losse ketting of piepende remmen? Breng je fiets maar, ik heb alles in de schuur.', ['klussen', 'fietsen']],
  [OFFER, 'Hulp met formulieren en brieven', 'Ik heb veertig jaar bij de gemeente gewerkt. Ik help je met post die je niet snapt, of met een aanvraag.', ['administratie']],
  [OFFER, 'Ik doe boodschappen voor je mee', 'Ik ga op dinsdag en vrijdag naar de supermarkt. Zet je lijstje in de app, dan neem ik het mee.', ['boodschappen']],
  [OFFER, 'Ik rijd je naar de dokter of het ziekenhuis', 'Ik heb een auto en tijd overdag. Een rit naar de huisarts of het ziekenhuis is geen moeite.', ['vervoer']],
  [OFFER, 'Nederlands oefenen met mij', 'Ik ben gepensioneerd docent. We praten over gewone dingen, zodat je makkelijker Nederlands spreekt.', ['taalmaatje']],
  [OFFER, 'Voorlezen aan kinderen in de buurt', 'Ik lees graag voor. Bijvoorbeeld op zaterdagochtend in de bibliotheek of bij jullie thuis.', ['voorlezen']],
  [OFFER, 'Ik help in je tuin', 'Snoeien, onkruid wieden of de heg knippen. Ik doe het graag, het houdt mij in beweging.', ['tuinieren']],
  [OFFER, 'Samen koffie drinken op donderdag', 'Elke donderdag om tien uur staat bij mij de koffie klaar. Iedereen uit de straat is welkom.', ['koffie-drinken', 'gezelschap']],
  [OFFER, 'Ik laat je hond uit', 'Ik werk thuis en loop graag tussen de middag een rondje. Je hond mag mee.', ['dieren', 'wandelen']],
  [OFFER, 'Kleine klusjes in huis', 'Een lamp ophangen, een kastje in elkaar zetten of een kraan die lekt: ik kijk er graag naar.', ['klussen']],
  [OFFER, 'Breien en haken leren', 'Ik brei al zestig jaar en leer het je graag. Wol en naalden heb ik genoeg.', ['handwerken']],
  [OFFER, 'Kleding verstellen en zomen', 'Een broek korter maken of een knoop aanzetten doe ik met plezier op mijn naaimachine.', ['naaien']],
  [OFFER, 'Huiswerkbegeleiding wiskunde', 'Ik help scholieren van de middelbare school met wiskunde en rekenen. Gratis, bij de bieb of online.', ['huiswerkbegeleiding']],
  [OFFER, 'Ik pas op je kinderen', 'Moeder van twee, woon om de hoek. Een avondje of middag oppassen is geen probleem.', ['oppassen']],
  [OFFER, 'Samen schaken', 'Ik speel graag een partijtje schaak, beginners zijn ook welkom. Bord en klok heb ik.', ['schaken', 'spelletjes']],
  [OFFER, 'Gitaarles voor beginners', 'Ik speel al jaren gitaar en leer je graag de eerste akkoorden. Een gitaar kun je lenen.', ['muziek']],
  [OFFER, 'Meezingen aan de piano', 'Ik speel piano en zing graag oude liedjes. Wie zingt er mee op vrijdagmiddag?', ['zingen', 'muziek']],
  [OFFER, 'Foto’s maken van je familiefeest', 'Hobbyfotograaf met een goede camera. Ik maak graag foto’s bij een verjaardag of jubileum.', ['fotografie']],
  [OFFER, 'Ik vertel over de geschiedenis van de wijk', 'Ik woon hier al mijn hele leven en weet veel over vroeger. Ik neem je mee op een wandeling langs oude plekjes.', ['geschiedenis', 'wandelen']],
  [OFFER, 'Samen tekenen en schilderen', 'Ik heb een zolder met ezels en verf. Kom een middag schilderen, je hoeft het niet te kunnen.', ['schilderen', 'creatief']],
  [OFFER, 'Klaverjassen op dinsdagavond', 'We zoeken nog een vierde man of vrouw voor ons vaste kaartavondje.', ['kaarten', 'spelletjes']],
  [OFFER, 'Ik neem je mee op de duofiets', 'Fietsen lukt niet meer alleen? Ik fiets graag met je mee op de duofiets van het buurthuis.', ['fietsen', 'vervoer']],
  [OFFER, 'Boeken lenen uit mijn kast', 'Ik heb een kast vol romans en detectives. Kom kijken en neem mee wat je leuk vindt.', ['lezen']],
  [OFFER, 'Ik bak een taart voor de buurt', 'Elke maand bak ik een taart. Vier je iets of wil je gewoon een stuk? Laat het weten.', ['koken', 'gezelschap']],
  [OFFER, 'Groente uit mijn moestuin', 'Ik heb te veel courgettes en bonen. Kom ze halen, en help je mee met oogsten, dan is het nog leuker.', ['moestuin', 'tuinieren']],
  [OFFER, 'Samen naar de film', 'Ik ga graag naar het filmhuis maar niet graag alleen. Wie gaat er mee naar de middagvoorstelling?', ['film']],
  [OFFER, 'Een praatje aan de deur', 'Ik kom graag eens langs voor een kopje thee en een praatje. Gewoon, om elkaar te leren kennen.', ['gezelschap', 'koffie-drinken']],
  [OFFER, 'Hulp bij het invullen van de belastingaangifte', 'Elk voorjaar help ik buren met hun aangifte. Neem je papieren mee, dan kijken we samen.', ['administratie']],
  [OFFER, 'Ik leer je zwemmen', 'Oud-zwemleraar. Nooit goed leren zwemmen? Het is nooit te laat, ook niet op je zeventigste.', ['zwemmen', 'sport']],
  [OFFER, 'Stoelyoga in de huiskamer', 'Rustige oefeningen op een stoel, goed voor je rug en je hoofd. Ik geef het gratis in de buurtkamer.', ['yoga', 'bewegen']],
  [OFFER, 'Spelletjesmiddag bij mij thuis', 'Rummikub, sjoelen of Triominos: op zondagmiddag speel ik graag een spelletje met buren.', ['spelletjes']],
  [OFFER, 'Ik ga met je mee naar een activiteit', 'Vind je het spannend om ergens alleen heen te gaan? Ik ga de eerste keer graag met je mee.', ['gezelschap']],
  [OFFER, 'Jeu de boules in het park', 'Op woensdagmiddag spelen we jeu de boules bij de vijver. Ballen heb ik, jij hoeft alleen te komen.', ['jeu-de-boules', 'sport']],
  [OFFER, 'Hulp bij het verhuizen van spullen', 'Ik heb sterke armen en een aanhanger. Een kast of bank verhuizen binnen de wijk kan ik doen.', ['klussen', 'vervoer']],
  [OFFER, 'Samen naar de markt', 'Op zaterdag ga ik naar de markt. Loop je mee? Dan drinken we daarna koffie.', ['boodschappen', 'koffie-drinken']],
  [OFFER, 'Ik help met DigiD en online afspraken', 'Een DigiD aanvragen of online een afspraak maken bij de huisarts: samen lukt het.', ['computerhulp', 'administratie']],
  [OFFER, 'Spullen repareren in het Repair Café', 'Ik ben vrijwilliger bij het Repair Café. Neem je kapotte broodrooster of lamp mee op de laatste zaterdag.', ['repair-cafe', 'klussen']],
  [OFFER, 'Ik dans graag met je mee', 'Ik geef line dance op maandagavond in het buurthuis. Zonder partner, iedereen doet mee.', ['dansen', 'bewegen']],
  [OFFER, 'Natuurwandeling op de hei', 'Ik ken de hei als mijn broekzak en wijs je graag vogels en planten aan.', ['natuur', 'wandelen']],
  [OFFER, 'Samen een toneelstukje bekijken', 'Ik heb een theaterabonnement met een kaartje over. Wie gaat er mee?', ['theater']],
  [OFFER, 'Hulp met de hond als je ziek bent', 'Lig je in het ziekenhuis of kun je even niet lopen? Ik zorg tijdelijk voor je hond of kat.', ['dieren']],
  [OFFER, 'Ik leer je bridgen', 'Bridge is een mooi spel voor je hoofd. Ik leg het je in een paar middagen uit.', ['kaarten']],
  [OFFER, 'Oefenen met Nederlands praten bij de koffie', 'Elke maandag praten we in de bieb Nederlands met elkaar. Ik help je op weg.', ['taalmaatje', 'koffie-drinken']],
  [OFFER, 'Plantjes stekken en delen', 'Ik heb veel kamerplanten en maak graag stekjes. Kom er een halen, dan krijg je tips erbij.', ['tuinieren', 'creatief']],
  [OFFER, 'Ik help met solliciteren', 'Een brief of cv schrijven is lastig. Ik werk in HR en kijk graag met je mee.', ['administratie']],
  [OFFER, 'Fietstocht op zondag', 'Elke zondag fiets ik een rondje van dertig kilometer door het Gooi. Rijd je mee?', ['fietsen', 'natuur']],
  [OFFER, 'Ik brei mutsen voor de buurt', 'Voor wie het koud heeft: ik brei mutsen en sjaals. Zeg maar welke kleur je wilt.', ['handwerken']],
  [OFFER, 'Bingo in het buurthuis organiseren', 'Ik help graag mee met de bingomiddag. Prijzen regel ik met de winkels in de straat.', ['bingo']],
  [OFFER, 'Samen de krant lezen', 'Mijn ogen zijn goed en ik lees graag voor uit de krant. Dan praten we over het nieuws.', ['voorlezen', 'gezelschap']],
  [OFFER, 'Hulp in de moestuin van de buurt', 'In de buurttuin is altijd werk. Ik laat je zien hoe het gaat, je hoeft niks te weten.', ['moestuin']],
  [OFFER, 'Ik leer je fotograferen met je telefoon', 'Mooie foto’s maken kan ook met je telefoon. Ik geef je tips tijdens een wandeling.', ['fotografie', 'computerhulp']],
  [OFFER, 'Samen sporten in het park', 'Op zaterdagochtend doen we rustige oefeningen in het park. Ook voor mensen die lang niet gesport hebben.', ['sport', 'bewegen']],
  [OFFER, 'Oude foto’s inscannen', 'Heb je dozen vol oude foto’s? Ik scan ze in, zodat je kinderen ze ook kunnen zien.', ['computerhulp', 'geschiedenis']],
  [OFFER, 'Ik zing in een koor en zoek nieuwe leden', 'Ons buurtkoor zingt Nederlandse liedjes. Noten lezen hoeft niet, plezier is genoeg.', ['zingen']],
  [OFFER, 'Samen een museum bezoeken', 'Ik heb een museumkaart en ga graag met iemand samen. Daarna drinken we wat.', ['geschiedenis', 'creatief']],
  [OFFER, 'Ik help met het plakken van een band', 'Lekke band bij de kinderfiets? Kom langs, in tien minuten is het klaar.', ['klussen', 'fietsen']],
  [REQUEST, 'Wie wil er samen koken?', 'Ik kook elke dag voor mezelf, maar samen is leuker. Wie kookt er een keer per week mee?', ['koken', 'samen-eten']],
  [REQUEST, 'Zoek iemand om mee te wandelen op dinsdag', 'Ik wil meer bewegen, maar alleen lukt het me niet. Wie loopt er op dinsdagochtend een uurtje mee?', ['wandelen', 'wandelmaatje']],
  [REQUEST, 'Hulp gezocht met mijn nieuwe telefoon', 'Ik heb een smartphone gekregen van mijn kinderen en snap er weinig van. Wie helpt me op weg?', ['computerhulp']],
  [REQUEST, 'Wie rijdt mij naar het ziekenhuis?', 'Ik moet over twee weken naar het ziekenhuis voor een controle. Ik kan zelf niet rijden.', ['vervoer']],
  [REQUEST, 'Hulp bij een brief van de belasting', 'Ik heb een brief gekregen die ik niet begrijp. Wie kan even met me meekijken?', ['administratie']],
  [REQUEST, 'Iemand om een kopje koffie mee te drinken', 'Ik ben net verhuisd naar de wijk en ken nog niemand. Wie drinkt er een kopje koffie met mij?', ['koffie-drinken', 'gezelschap']],
  [REQUEST, 'Wie helpt me met de tuin?', 'Mijn knieën willen niet meer. De tuin groeit dicht. Wie helpt een paar uurtjes in de maand?', ['tuinieren']],
  [REQUEST, 'Taalmaatje gezocht', 'Ik woon twee jaar in Nederland en wil beter Nederlands praten. Wie oefent met mij?', ['taalmaatje']],
  [REQUEST, 'Wie doet boodschappen voor mij?', 'Na mijn operatie mag ik zes weken niet tillen. Wie neemt mijn boodschappen mee?', ['boodschappen']],
  [REQUEST, 'Medespelers voor klaverjassen', 'Wij zijn met z’n tweeën en zoeken nog twee mensen voor een vast kaartavondje.', ['kaarten', 'spelletjes']],
  [REQUEST, 'Wie leert mij breien?', 'Ik wil graag leren breien, voor mijn kleinkind dat eraan komt. Wie heeft geduld met mij?', ['handwerken']],
  [REQUEST, 'Gezelschap op zondagmiddag', 'De zondag duurt lang. Wie komt er eens langs voor een spelletje of een praatje?', ['gezelschap', 'spelletjes']],
  [REQUEST, 'Hulp met een lamp ophangen', 'Ik heb een nieuwe lamp maar durf niet op de trap. Wie helpt even?', ['klussen']],
  [REQUEST, 'Wie gaat er mee zwemmen?', 'Ik wil weer gaan zwemmen, maar vind het eng om alleen te gaan. Wie zwemt er mee op vrijdag?', ['zwemmen']],
  [REQUEST, 'Oppas gezocht voor woensdagmiddag', 'Ik werk op woensdag tot vijf uur. Wie vangt mijn zoon (8) op na school?', ['oppassen']],
  [REQUEST, 'Hulp met huiswerk Engels', 'Mijn dochter zit in de tweede klas en heeft moeite met Engels. Wie kan haar helpen?', ['huiswerkbegeleiding']],
  [REQUEST, 'Wie laat mijn hond uit?', 'Ik ben slecht ter been. Mijn hond Bobby wil graag elke dag een flink stuk lopen.', ['dieren', 'wandelen']],
  [REQUEST, 'Samen naar de markt op zaterdag', 'Ik loop met een rollator en ga liever niet alleen naar de markt. Wie loopt er mee?', ['boodschappen', 'gezelschap']],
  [REQUEST, 'Wie zingt er mee in ons koor?', 'Ons kleine koor zoekt nieuwe stemmen, vooral mannen. We oefenen op donderdagavond.', ['zingen']],
  [REQUEST, 'Zoek een schaakmaatje', 'Ik heb jaren geschaakt in een club. Nu zoek ik iemand om thuis een partij mee te spelen.', ['schaken']],
  [REQUEST, 'Hulp met mijn computer die traag is', 'Mijn laptop doet er minuten over om op te starten. Wie kijkt er even naar?', ['computerhulp']],
  [REQUEST, 'Wie fietst er mee op de duofiets?', 'Alleen fietsen gaat niet meer, maar ik mis het wel. Wie neemt me mee op de duofiets?', ['fietsen', 'vervoer']],
  [REQUEST, 'Iemand die voorleest', 'Mijn ogen worden slechter. Ik zou het fijn vinden als iemand mij voorleest uit een boek.', ['voorlezen', 'lezen']],
  [REQUEST, 'Wie gaat er mee naar het filmhuis?', 'Ik ga graag naar de film, maar alleen vind ik het niks. Zin om een keer mee te gaan?', ['film']],
  [REQUEST, 'Hulp bij het aanvragen van huurtoeslag', 'Ik weet niet hoe ik huurtoeslag moet aanvragen. Wie helpt me met het formulier?', ['administratie', 'computerhulp']],
  [REQUEST, 'Wie helpt met de verhuizing van een kast?', 'Ik krijg een kast van mijn zus, drie straten verder. Wie helpt dragen?', ['klussen', 'vervoer']],
  [REQUEST, 'Samen schilderen of tekenen', 'Ik wil graag weer creatief bezig zijn. Is er iemand die samen wil tekenen of schilderen?', ['schilderen', 'creatief']],
  [REQUEST, 'Wie wil er een spelletjesavond?', 'Ik heb veel bordspellen maar niemand om mee te spelen. Wie komt er op vrijdagavond?', ['spelletjes']],
  [REQUEST, 'Iemand om mee te dansen', 'Mijn man is overleden en ik mis het dansen. Wie gaat er mee naar de dansmiddag?', ['dansen']],
  [REQUEST, 'Hulp met het plakken van een fietsband', 'Mijn fiets staat al weken met een lekke band. Wie helpt mij?', ['klussen', 'fietsen']],
  [REQUEST, 'Wie wil mijn moestuin delen?', 'Ik heb een volkstuin die te groot is voor mij alleen. Wie tuiniert er mee en deelt de oogst?', ['moestuin', 'tuinieren']],
  [REQUEST, 'Wandelmaatje voor in het weekend', 'Door de week werk ik, maar in het weekend wil ik graag de natuur in. Wie gaat er mee?', ['wandelmaatje', 'natuur']],
  [REQUEST, 'Hulp met videobellen met mijn kleinkinderen', 'Mijn kleinkinderen wonen in Canada. Wie leert mij videobellen?', ['computerhulp']],
  [REQUEST, 'Wie gaat er mee naar de bingo?', 'Ik ga graag naar de bingo in het buurthuis, maar liever niet alleen. Ga je mee?', ['bingo', 'gezelschap']],
  [REQUEST, 'Iemand die mijn broek kan zomen', 'Ik heb twee nieuwe broeken die te lang zijn. Wie kan ze korter maken?', ['naaien']],
  [REQUEST, 'Samen eten op vrijdagavond', 'Ik eet altijd alleen. Wie wil er op vrijdag samen eten? Ik kook, jij neemt het toetje mee.', ['samen-eten', 'koken']],
  [REQUEST, 'Hulp bij het uitzoeken van oude foto’s', 'Ik heb dozen vol oude foto’s van de wijk. Wie helpt ze uitzoeken en vertelt mee wat erop staat?', ['geschiedenis', 'fotografie']],
  [REQUEST, 'Wie gaat er mee naar yoga?', 'In het buurthuis is stoelyoga. Ik durf niet alleen te gaan. Wie gaat er mee?', ['yoga', 'bewegen']],
  [REQUEST, 'Zoek iemand die mijn kat eten geeft', 'Ik ga twee weken naar mijn dochter. Wie geeft mijn kat eten en een aai?', ['dieren']],
  [REQUEST, 'Hulp met mijn kapotte waterkoker', 'Mijn waterkoker doet het niet meer. Kan iemand kijken of hij te maken is?', ['repair-cafe', 'klussen']],
  [REQUEST, 'Wie gaat er mee naar het theater?', 'Er speelt een mooie voorstelling in de schouwburg. Ik heb twee kaartjes en zoek gezelschap.', ['theater', 'gezelschap']],
  [REQUEST, 'Wie helpt mij met de heg?', 'Mijn heg is veel te hoog geworden. Wie heeft een heggenschaar en een uurtje tijd?', ['tuinieren', 'klussen']],
  [REQUEST, 'Leesclub zoekt leden', 'We lezen elke maand een boek en praten erover bij de koffie. Wie doet er mee?', ['lezen', 'koffie-drinken']],
  [REQUEST, 'Wie leert mij gitaar spelen?', 'Ik heb een oude gitaar van mijn vader en wil er graag op leren spelen.', ['muziek']],
  [REQUEST, 'Hulp met Nederlandse brieven lezen', 'Ik spreek redelijk Nederlands, maar brieven van instanties zijn moeilijk. Wie leest met me mee?', ['administratie', 'taalmaatje']],
  [REQUEST, 'Iemand om mee te fietsen naar de hei', 'Ik fiets graag, maar de route naar de hei ken ik niet. Wie fietst er mee?', ['fietsen', 'natuur']],
  [REQUEST, 'Gezocht: iemand die een kastje ophangt', 'Ik heb een kastje voor de badkamer, maar geen boormachine. Wie helpt?', ['klussen']],
  [REQUEST, 'Wie wil er jeu de boules spelen?', 'Bij ons in het park is een baan. Wie speelt er op zaterdagmiddag een potje mee?', ['jeu-de-boules']],
  [REQUEST, 'Samen sporten, maar rustig', 'Ik wil weer in beweging komen na een lange tijd ziek zijn. Wie doet er rustig mee?', ['bewegen', 'sport']],
  [REQUEST, 'Hulp met de boodschappen online', 'Ik wil mijn boodschappen online bestellen. Wie laat me zien hoe dat werkt?', ['computerhulp', 'boodschappen']],
  [REQUEST, 'Wie vertelt over de wijk van vroeger?', 'Ik woon hier pas en ben benieuwd hoe de wijk vroeger was. Wie neemt me mee op een wandeling?', ['geschiedenis', 'wandelen']],
  [REQUEST, 'Iemand om mee te haken', 'Ik haak graag, maar samen is gezelliger. Wie komt er op maandagmiddag haken?', ['handwerken', 'gezelschap']],
  [REQUEST, 'Vervoer naar de kerk op zondag', 'Ik kan niet meer zo ver lopen. Wie rijdt mij op zondagochtend naar de kerk?', ['vervoer']],
  [REQUEST, 'Wie zingt er met mij oude liedjes?', 'Ik zing graag liedjes van vroeger. Wie zingt er mee, met of zonder piano?', ['zingen', 'muziek']],
  [REQUEST, 'Hulp met mijn e-mail', 'Ik krijg heel veel mail en weet niet wat ik kan weggooien. Wie helpt mij opruimen?', ['computerhulp']],
  [REQUEST, 'Samen naar het Repair Café', 'Ik heb een kapotte stofzuiger. Wie gaat er mee naar het Repair Café en helpt dragen?', ['repair-cafe']],
  [REQUEST, 'Wie komt er bij mij een praatje maken?', 'Ik kom niet veel meer buiten. Een bezoekje met een praatje zou ik fijn vinden.', ['gezelschap']],
  [REQUEST, 'Wie wil er samen koffie drinken na de markt?', 'Op woensdag doe ik mijn boodschappen op de markt. Daarna drink ik graag koffie met iemand uit de buurt.', ['koffie-drinken', 'boodschappen']],
  [REQUEST, 'Hulp met het installeren van een app', 'Ik wil de app van de bibliotheek gebruiken, maar het installeren lukt niet. Wie helpt?', ['computerhulp', 'lezen']],
  [REQUEST, 'Zoek een maatje voor de sportschool', 'De dokter zegt dat ik meer moet bewegen. Wie gaat er twee keer per week mee?', ['sport', 'bewegen']],
];

interface DemoAuthor {
  user_id: string;
  wijk_code: string;
  on_behalf: boolean;
  created_by: string | null;
  worker_wijken: string[] | null;
}

/** Who writes for this resident: they themselves, or the social worker who registered them. */
function actingFor(author: DemoAuthor): UserPrincipal {
  return author.on_behalf
    ? { kind: 'user', userId: author.created_by!, sessionId: 'demo-seed', role: Role.SOCIAL_WORKER, wijkCodes: author.worker_wijken!, organisationId: null }
    : { kind: 'user', userId: author.user_id, sessionId: 'demo-seed', role: Role.RESIDENT, wijkCodes: [], organisationId: null };
}

/**
 * About 120 offers and requests by the demo residents (read from `resident_profile`), created
 * through PostService so they follow every rule a real post does; a few are then moved back in
 * time so the board shows posts of different ages, some nearly expired, some expired or closed.
 * Residents registered on their behalf get their posts from the social worker who registered them.
 */
export const postsSeeder: DemoSeeder = {
  name: 'posts',
  order: 80,
  async seed({ app, random }) {
    const dataSource = app.get(DataSource);
    const posts = app.get(PostService);
    const known = new Set((await app.get(TagsService).all()).map((tag) => tag.slug));
    const residents = (await dataSource.query(
      `SELECT p.user_id, p.wijk_code, p.on_behalf, p.created_by, sw.wijk_codes AS worker_wijken
         FROM resident_profile p
         JOIN user_account u ON u.id = p.user_id
         LEFT JOIN user_account sw ON sw.id = p.created_by AND sw.role = 'SOCIAL_WORKER'
        ORDER BY (u.email = 'inwoner@buurtbrug.demo') IS TRUE DESC, u.email NULLS LAST, u.display_name, p.wijk_code, p.user_id`,
    )) as DemoAuthor[];
    // Someone registered on their behalf can only post through a social worker of their wijk.
    const authors = residents.filter((r) => !r.on_behalf || (r.created_by && r.worker_wijken?.includes(r.wijk_code)));
    if (authors.length === 0) return;

    const created: string[] = [];
    for (const [i, [kind, title, text, tags]] of POSTS.entries()) {
      // The demo resident (first in the list) writes the first two, so signing in shows own posts.
      const author = i < 2 ? authors[0] : authors[Math.floor(random() * authors.length)];
      const view = await posts.create(actingFor(author), { kind, title, text, tags: tags.filter((tag) => known.has(tag)) }, author.on_behalf ? author.user_id : null);
      created.push(view.post.id);
    }

    // Ages: most posts are from the last six weeks; about one in twelve is nearly eight weeks old
    // (its reminder is due) and as many are past their date (the expiry job turns them EXPIRED).
    for (const id of created) {
      const roll = random();
      const daysAgo = roll < 0.08 ? 52 + Math.floor(random() * 4) : roll < 0.16 ? 57 + Math.floor(random() * 20) : Math.floor(random() * 42);
      await dataSource.query(
        `UPDATE post SET created_at = now() - make_interval(days => $2), updated_at = now() - make_interval(days => $2),
                         expires_at = now() - make_interval(days => $2) + interval '8 weeks'
          WHERE id = $1`,
        [id, daysAgo],
      );
    }
    await app.get(PostExpiryService).expireDue();

    // A few authors already found what they were looking for.
    const open = (await dataSource.query(`SELECT id, author_id FROM post WHERE status = 'OPEN' ORDER BY created_at LIMIT 10`)) as {
      id: string;
      author_id: string;
    }[];
    for (const { id, author_id } of open.filter(() => random() < 0.6)) {
      await posts.close(actingFor(authors.find((r) => r.user_id === author_id)!), id);
    }
  },
};
