import { type CreateOrganisationInput, OrganisationKind, OrganisationsService } from '@buurtbrug/organisations';
import type { DemoSeeder } from '../demo-seeder.js';

const { WELFARE, CLUB, CHURCH, LIBRARY, COMMUNITY_CENTRE, HEALTH, MUNICIPALITY, OTHER } = OrganisationKind;

/** Hilversum's wijken in the demo (wijken seeder). */
const CENTRUM = 'WK040201';
const OOST = 'WK040202';
const NOORDOOST = 'WK040203';
const MEENT = 'WK040204';
const KERKELANDEN = 'WK040205';
const NOORD = 'WK040206';
const TROMPENBERG = 'WK040207';
const ZUID = 'WK040208';
const ZUIDWEST = 'WK040209';
const OVER_T_SPOOR = 'WK040210';
const ALL = [CENTRUM, OOST, NOORDOOST, MEENT, KERKELANDEN, NOORD, TROMPENBERG, ZUID, ZUIDWEST, OVER_T_SPOOR];

/** A demo organisation: what the activities seeder needs to give it fitting activities. */
export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name: string;
  wijkCodes: string[];
  description: string;
  /** Where its activities usually take place. */
  place: string;
  address: string;
  /** Themes that pick its activities (see activities.seeder.ts). */
  themes: string[];
}

/**
 * The sociale kaart of the demo city. Names are plausible, not claims: every email address is
 * on example.nl, every phone number is a made-up 035 number and websites are on example.nl.
 */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'bibliotheek', kind: LIBRARY, name: 'Bibliotheek Hilversum', wijkCodes: ALL, place: 'Bibliotheek Hilversum', address: 'Bibliotheekplein 1, 1211 AA Hilversum', themes: ['lezen', 'taal', 'digitaal', 'ontmoeten'], description: 'De bibliotheek is er voor iedereen. Je kunt hier lezen, leren en andere mensen ontmoeten. Ook helpen we je met de computer en met formulieren.' },
  { key: 'bieb-kerkelanden', kind: LIBRARY, name: 'Bibliotheek Hilversum, vestiging Kerkelanden', wijkCodes: [KERKELANDEN, NOORD], place: 'Bibliotheek Kerkelanden', address: 'Kerkelandenlaan 40, 1216 AB Hilversum', themes: ['lezen', 'ontmoeten'], description: 'Een kleine bibliotheek in Kerkelanden, met een leestafel, koffie en spreekuren.' },
  { key: 'welzijn', kind: WELFARE, name: 'Samen Welzijn Hilversum', wijkCodes: ALL, place: 'Wijkpunt Samen', address: 'Schoutenstraat 5, 1211 LA Hilversum', themes: ['ontmoeten', 'eten', 'bewegen', 'maatje'], description: 'Welzijnsorganisatie voor heel Hilversum. Onze buurtwerkers organiseren ontmoeting in de wijk en helpen je op weg.' },
  { key: 'humanitas', kind: WELFARE, name: 'Humanitas Hilversum', wijkCodes: ALL, place: 'Humanitas Hilversum', address: 'Langgewenst 12, 1211 BK Hilversum', themes: ['maatje', 'ontmoeten', 'eten'], description: 'Vrijwilligers van Humanitas gaan met je mee, helpen je thuis met de administratie of zijn een vast maatje.' },
  { key: 'de-geus', kind: COMMUNITY_CENTRE, name: 'Buurthuis De Geus', wijkCodes: [OOST], place: 'Buurthuis De Geus', address: 'Geuzenweg 14, 1217 HR Hilversum', themes: ['ontmoeten', 'eten', 'creatief', 'spel'], description: 'Het buurthuis van Hilversum Oost. Elke dag is er iets te doen, de koffie staat klaar.' },
  { key: 'de-meent', kind: COMMUNITY_CENTRE, name: 'Wijkcentrum De Meent', wijkCodes: [MEENT], place: 'Wijkcentrum De Meent', address: 'Meentweg 2, 1218 AB Hilversum', themes: ['ontmoeten', 'bewegen', 'spel', 'creatief'], description: 'Ontmoetingsplek in de Hilversumse Meent, met een tuin en een grote zaal.' },
  { key: 'het-spoor', kind: COMMUNITY_CENTRE, name: "Buurthuis Over 't Spoor", wijkCodes: [OVER_T_SPOOR, NOORDOOST], place: "Buurthuis Over 't Spoor", address: 'Spoorstraat 30, 1213 AC Hilversum', themes: ['ontmoeten', 'repair', 'eten', 'taal'], description: 'Een buurthuis waar jong en oud samen dingen doen: eten, repareren, praten.' },
  { key: 'wijkcentrum-kerkelanden', kind: COMMUNITY_CENTRE, name: 'Wijkcentrum Kerkelanden', wijkCodes: [KERKELANDEN], place: 'Wijkcentrum Kerkelanden', address: 'Kerkelandenlaan 80, 1216 CK Hilversum', themes: ['ontmoeten', 'spel', 'bewegen'], description: 'Gezellig wijkcentrum met een biljart, een kaartclub en beweegochtenden.' },
  { key: 'buurtkamer-zuid', kind: COMMUNITY_CENTRE, name: 'Buurtkamer Zuid', wijkCodes: [ZUID, ZUIDWEST], place: 'Buurtkamer Zuid', address: 'Zuiderweg 21, 1222 AB Hilversum', themes: ['ontmoeten', 'eten', 'creatief'], description: 'Een huiskamer voor de buurt: kom binnen voor koffie, een praatje of een spelletje.' },
  { key: 'trompenberg', kind: COMMUNITY_CENTRE, name: 'Ontmoetingscentrum Trompenberg', wijkCodes: [TROMPENBERG], place: 'Ontmoetingscentrum Trompenberg', address: 'Boomberglaan 7, 1217 RN Hilversum', themes: ['ontmoeten', 'cultuur', 'bewegen'], description: 'Lezingen, muziek en koffie in een oude villa aan de rand van het bos.' },
  { key: 'noord-huiskamer', kind: COMMUNITY_CENTRE, name: 'Huiskamer Noord', wijkCodes: [NOORD], place: 'Huiskamer Noord', address: 'Erfgooiersstraat 101, 1222 BD Hilversum', themes: ['ontmoeten', 'eten', 'spel'], description: 'Kleine ontmoetingsplek in de Erfgooiersbuurt. Iedereen is welkom.' },
  { key: 'kerk-oost', kind: CHURCH, name: 'Protestantse Wijkgemeente Oost', wijkCodes: [OOST, TROMPENBERG], place: 'Kerkzaal Oost', address: 'Oosterengweg 3, 1217 PA Hilversum', themes: ['ontmoeten', 'eten', 'muziek'], description: 'Kerkgemeente in Oost met open ochtenden, een maaltijd voor de buurt en een koor.' },
  { key: 'parochie', kind: CHURCH, name: 'Parochie Sint-Vitus', wijkCodes: [CENTRUM, ZUID], place: 'Parochiezaal Sint-Vitus', address: 'Emmastraat 5, 1211 NE Hilversum', themes: ['ontmoeten', 'eten'], description: 'De parochie organiseert koffie na de viering, een soepmiddag en bezoekwerk.' },
  { key: 'moskee', kind: CHURCH, name: 'Stichting Moskee Hilversum', wijkCodes: [OVER_T_SPOOR, NOORDOOST], place: 'Ontmoetingsruimte Moskee', address: 'Minaretlaan 8, 1213 BD Hilversum', themes: ['ontmoeten', 'eten', 'taal'], description: 'Open huis, samen eten en taallessen voor buurtbewoners, ook voor wie niet gelovig is.' },
  { key: 'baptisten', kind: CHURCH, name: 'Baptistengemeente Hilversum', wijkCodes: [ZUIDWEST], place: 'Baptistenkerk Zuidwest', address: 'Diependaalselaan 90, 1214 KB Hilversum', themes: ['ontmoeten', 'muziek'], description: 'Een kleine gemeente met een open koffieochtend en een zangmiddag.' },
  { key: 'wandelclub', kind: CLUB, name: 'Wandelclub De Gooise Stappers', wijkCodes: [OOST, TROMPENBERG, NOORDOOST], place: 'Startpunt parkeerplaats Hilversumse Heide', address: 'Bussumergrintweg, Hilversum', themes: ['wandelen', 'natuur'], description: 'We wandelen elke week een rondje over de heide of door het bos, in een rustig tempo.' },
  { key: 'jeu-de-boules', kind: CLUB, name: 'Jeu de boulesvereniging Les Boules Hilversum', wijkCodes: [ZUID, TROMPENBERG], place: 'Boulesbaan Zuid', address: 'Vreelandseweg 50, 1221 AB Hilversum', themes: ['bewegen', 'spel'], description: 'Een gezellige club voor jeu de boules, voor beginners en gevorderden.' },
  { key: 'schaakclub', kind: CLUB, name: 'Schaakclub Het Gooi', wijkCodes: [CENTRUM], place: 'Clubzaal Schaakclub Het Gooi', address: 'Kerkstraat 70, 1211 CR Hilversum', themes: ['spel'], description: 'Schaken voor iedereen: les voor beginners en vrij spelen.' },
  { key: 'koor', kind: CLUB, name: 'Buurtkoor Zingen in de Wijk', wijkCodes: [NOORD, KERKELANDEN], place: 'Zaal Het Anker', address: 'Ankerstraat 9, 1222 AC Hilversum', themes: ['muziek'], description: 'Een koor zonder auditie. Je hoeft geen noten te lezen, zingen doe je samen.' },
  { key: 'beweeg-mee', kind: CLUB, name: 'Sportvereniging Beweeg Mee', wijkCodes: [MEENT, NOORDOOST], place: 'Sporthal De Meent', address: 'Sportlaan 1, 1218 AC Hilversum', themes: ['bewegen', 'sport'], description: 'Sporten op je eigen niveau: stoelgym, walking football en badminton.' },
  { key: 'tennis', kind: CLUB, name: 'Tennisvereniging Zuidwest', wijkCodes: [ZUIDWEST], place: 'Tennispark Zuidwest', address: 'Parklaan 12, 1214 AB Hilversum', themes: ['sport'], description: 'Tennis voor alle leeftijden, ook voor wie het nog nooit heeft gedaan.' },
  { key: 'volkstuin', kind: CLUB, name: 'Volkstuinvereniging De Groene Meent', wijkCodes: [MEENT], place: 'Volkstuinen De Groene Meent', address: 'Tuinpad 3, 1218 AD Hilversum', themes: ['tuin', 'natuur'], description: 'Samen tuinieren op het volkstuinencomplex. We hebben ook een buurtmoestuin.' },
  { key: 'dansgroep', kind: CLUB, name: 'Dansgroep Swingend Hilversum', wijkCodes: [CENTRUM, OVER_T_SPOOR], place: 'Danszaal Swingend', address: 'Havenstraat 18, 1211 KL Hilversum', themes: ['bewegen', 'muziek'], description: 'Dansen voor 55-plussers en iedereen die van muziek houdt. Je kunt alleen komen.' },
  { key: 'fietsmaatjes', kind: CLUB, name: 'Fietsmaatjes Gooi', wijkCodes: ALL, place: 'Fietsenstalling Fietsmaatjes', address: 'Larenseweg 60, 1221 CL Hilversum', themes: ['fietsen', 'natuur', 'maatje'], description: 'Op de duofiets samen naar buiten. Een vrijwilliger fietst met je mee.' },
  { key: 'natuur', kind: CLUB, name: 'Natuurvereniging Gooise Heide', wijkCodes: [TROMPENBERG, OOST], place: 'Bezoekerscentrum Gooise Heide', address: 'Heideweg 1, 1217 ZZ Hilversum', themes: ['natuur', 'wandelen'], description: 'Natuurwandelingen met een gids, vogels kijken en werken op de heide.' },
  { key: 'creatief', kind: CLUB, name: 'Creatief Centrum Hilversum', wijkCodes: [CENTRUM, ZUID], place: 'Creatief Centrum', address: 'Schoolstraat 22, 1211 HE Hilversum', themes: ['creatief', 'cultuur'], description: 'Schilderen, tekenen, handwerken en fotografie in kleine groepen.' },
  { key: 'filmclub', kind: CLUB, name: 'Filmclub Het Doek', wijkCodes: [CENTRUM], place: 'Zaaltje Het Doek', address: 'Leeuwenstraat 4, 1211 ES Hilversum', themes: ['cultuur'], description: 'Elke maand een mooie film en daarna napraten met koffie.' },
  { key: 'senioren', kind: CLUB, name: 'Seniorenvereniging Hilversum', wijkCodes: ALL, place: 'Seniorensoos De Linde', address: 'Lindenlaan 15, 1215 AB Hilversum', themes: ['ontmoeten', 'spel', 'cultuur'], description: 'Voor en door senioren: soos, uitstapjes, lezingen en spelmiddagen.' },
  { key: 'repair-cafe', kind: OTHER, name: 'Repair Café Hilversum', wijkCodes: ALL, place: "Buurthuis Over 't Spoor", address: 'Spoorstraat 30, 1213 AC Hilversum', themes: ['repair'], description: 'Kapotte spullen samen repareren: elektrische apparaten, kleding, fietsen. Gratis, een gift mag.' },
  { key: 'taalhuis', kind: OTHER, name: 'Taalhuis Hilversum', wijkCodes: ALL, place: 'Bibliotheek Hilversum', address: 'Bibliotheekplein 1, 1211 AA Hilversum', themes: ['taal', 'digitaal'], description: 'Beter Nederlands leren lezen, schrijven en praten. Ook hulp bij de computer.' },
  { key: 'digihulp', kind: OTHER, name: 'Digihulp Hilversum', wijkCodes: ALL, place: 'Bibliotheek Hilversum', address: 'Bibliotheekplein 1, 1211 AA Hilversum', themes: ['digitaal'], description: 'Vrijwilligers helpen je met je telefoon, tablet en computer. Geen vraag is te klein.' },
  { key: 'samen-eten', kind: OTHER, name: 'Stichting Aan Tafel Hilversum', wijkCodes: [ZUID, ZUIDWEST, CENTRUM], place: 'Buurtkamer Zuid', address: 'Zuiderweg 21, 1222 AB Hilversum', themes: ['eten'], description: 'Samen koken en samen eten voor een klein bedrag. Aanschuiven mag altijd.' },
  { key: 'nieuwkomers', kind: WELFARE, name: 'Stichting Nieuwkomers Gooi', wijkCodes: ALL, place: 'Wijkpunt Samen', address: 'Schoutenstraat 5, 1211 LA Hilversum', themes: ['taal', 'maatje'], description: 'We helpen nieuwe Hilversummers hun weg te vinden, met een taalmaatje en een taalcafé.' },
  { key: 'mantelzorg', kind: WELFARE, name: 'Steunpunt Mantelzorg Hilversum', wijkCodes: ALL, place: 'Steunpunt Mantelzorg', address: "Gijsbrecht van Amstelstraat 2, 1214 AA Hilversum", themes: ['ontmoeten'], description: 'Voor wie zorgt voor een naaste: even je verhaal kwijt, lotgenoten ontmoeten en tips.' },
  { key: 'vrijwilligers', kind: WELFARE, name: 'Vrijwilligerscentrale Hilversum', wijkCodes: ALL, place: 'Vrijwilligerscentrale', address: 'Stationsplein 3, 1211 EX Hilversum', themes: ['maatje', 'ontmoeten'], description: 'Vrijwilligerswerk zoeken of iemand helpen? Wij brengen je in contact.' },
  { key: 'buurtmaatjes', kind: WELFARE, name: 'Stichting Buurtmaatjes', wijkCodes: [NOORD, KERKELANDEN, NOORDOOST], place: 'Huiskamer Noord', address: 'Erfgooiersstraat 101, 1222 BD Hilversum', themes: ['maatje', 'wandelen'], description: 'Een maatje uit je eigen buurt, voor een wandeling, een kop koffie of samen boodschappen doen.' },
  { key: 'gezondheidscentrum', kind: HEALTH, name: 'Gezondheidscentrum Kerkelanden', wijkCodes: [KERKELANDEN, NOORD], place: 'Gezondheidscentrum Kerkelanden', address: 'Kerkelandenlaan 100, 1216 DE Hilversum', themes: ['bewegen', 'ontmoeten'], description: 'Huisartsen, fysiotherapie en een beweeggroep onder begeleiding.' },
  { key: 'fysio-zuid', kind: HEALTH, name: 'Beweegcentrum Zuid', wijkCodes: [ZUID], place: 'Beweegcentrum Zuid', address: 'Zuiderweg 80, 1222 AE Hilversum', themes: ['bewegen'], description: 'Stoelgym, valpreventie en samen bewegen met een fysiotherapeut.' },
  { key: 'inloophuis', kind: HEALTH, name: 'Inloophuis De Vonk', wijkCodes: [CENTRUM, OVER_T_SPOOR], place: 'Inloophuis De Vonk', address: 'Vaartweg 9, 1211 JD Hilversum', themes: ['ontmoeten', 'creatief'], description: 'Een rustige plek om binnen te lopen, voor een gesprek of om samen iets te maken.' },
  { key: 'wijkteam-centrum', kind: MUNICIPALITY, name: 'Gemeente Hilversum, sociaal wijkteam Centrum', wijkCodes: [CENTRUM, OOST, ZUID], place: 'Wijkteam Centrum', address: 'Dudokpark 1, 1217 JE Hilversum', themes: ['spreekuur'], description: 'Met vragen over zorg, geld, wonen of meedoen kun je bij het wijkteam terecht.' },
  { key: 'wijkteam-noord', kind: MUNICIPALITY, name: 'Gemeente Hilversum, sociaal wijkteam Noord', wijkCodes: [NOORD, KERKELANDEN, MEENT, NOORDOOST], place: 'Wijkteam Noord', address: 'Erfgooiersstraat 200, 1222 BE Hilversum', themes: ['spreekuur'], description: 'Spreekuur en advies in de wijk, zonder afspraak.' },
];

/** A made-up 035 number per organisation: deterministic, and not anyone's real line. */
function demoPhone(index: number): string {
  return `035 555 ${String(10 + index).padStart(2, '0')} ${String(40 + ((index * 7) % 60)).padStart(2, '0')}`;
}

/**
 * The sociale kaart of the demo city, approved: libraries, buurthuizen, churches, clubs,
 * welfare and health. The library is the demo provider's organisation (accounts seeder).
 */
export const organisationsSeeder: DemoSeeder = {
  name: 'organisations',
  order: 30,
  async seed({ app, shared }) {
    const service = app.get(OrganisationsService);
    const ids = new Map<string, string>();
    for (const [index, organisation] of DEMO_ORGANISATIONS.entries()) {
      const input: CreateOrganisationInput = {
        name: organisation.name,
        kind: organisation.kind,
        wijkCodes: organisation.wijkCodes,
        description: organisation.description,
        email: `info@${organisation.key}.example.nl`,
        phone: demoPhone(index),
        website: `https://${organisation.key}.example.nl`,
      };
      const created = await service.createApproved(input);
      ids.set(organisation.key, created.id);
    }
    shared.set('demoOrganisationId', ids.get('bibliotheek'));
    shared.set('demoOrganisationIds', ids);
  },
};
