import { SLOT_CODES } from './match-features.js';

/** One human reason for a proposal, Dutch (B1) first, English second. */
export interface MatchReason {
  nl: string;
  en: string;
}

/** Tag labels as the taxonomy gives them (`tag.label_nl`, `tag.label_en`), by slug. */
export type TagLabels = ReadonlyMap<string, { nl: string; en: string }>;

const DAYS_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PARTS_NL = ['ochtend', 'middag', 'avond'];
const PARTS_EN = ['morning', 'afternoon', 'evening'];

/** "dinsdagochtend" / "Tuesday morning" for slot index day × 3 + part. */
export function slotLabel(slot: number): MatchReason {
  const day = Math.floor(slot / 3);
  const part = slot % 3;
  return { nl: `${DAYS_NL[day]}${PARTS_NL[part]}`, en: `${DAYS_EN[day]} ${PARTS_EN[part]}` };
}

export function slotCode(slot: number): string {
  return SLOT_CODES[slot];
}

/** A label inside a sentence: lower case, unless it is an abbreviation like "ICT". */
function inSentence(label: string): string {
  return label === label.toUpperCase() ? label : label.toLowerCase();
}

function labelOf(labels: TagLabels, slug: string): { nl: string; en: string } {
  const label = labels.get(slug);
  return label ? { nl: inSentence(label.nl), en: inSentence(label.en) } : { nl: slug.replace(/-/g, ' '), en: slug.replace(/-/g, ' ') };
}

/** Joins labels as "wandelen en natuur" / "walking and nature" (at most two, to stay short). */
function both(labels: TagLabels, slugs: readonly string[]): MatchReason {
  const parts = slugs.slice(0, 2).map((s) => labelOf(labels, s));
  return {
    nl: parts.map((p) => p.nl).join(' en '),
    en: parts.map((p) => p.en).join(' and '),
  };
}

export const Reasons = {
  likes(labels: TagLabels, slugs: readonly string[]): MatchReason {
    const l = both(labels, slugs);
    return { nl: `Je houdt van ${l.nl}`, en: `You like ${l.en}` };
  },
  talent(labels: TagLabels, slugs: readonly string[]): MatchReason {
    const l = both(labels, slugs);
    return { nl: `Past bij wat je goed kunt: ${l.nl}`, en: `Fits what you are good at: ${l.en}` };
  },
  sameWijk(): MatchReason {
    return { nl: 'Bij jou in de wijk', en: 'In your neighbourhood' };
  },
  nearby(km: number): MatchReason {
    const rounded = km < 1 ? '1' : km < 10 ? km.toFixed(1).replace(/\.0$/, '') : String(Math.round(km));
    return { nl: `Dichtbij: ${rounded.replace('.', ',')} km van je wijk`, en: `Close by: ${rounded} km from your neighbourhood` };
  },
  whenFree(slot: number): MatchReason {
    const l = slotLabel(slot);
    return { nl: `Op ${l.nl}, dan kun je`, en: `On ${l.en}, when you are free` };
  },
  freeAndWalkIn(): MatchReason {
    return { nl: 'Gratis en je kunt zo binnenlopen', en: 'Free, and you can just walk in' };
  },
  free(): MatchReason {
    return { nl: 'Het is gratis', en: 'It is free' };
  },
  walkIn(): MatchReason {
    return { nl: 'Je kunt zo binnenlopen', en: 'You can just walk in' };
  },
  newPeople(): MatchReason {
    return { nl: 'Hier leer je nieuwe mensen kennen', en: 'You will meet new people here' };
  },
  companion(): MatchReason {
    return { nl: 'Je mag iemand meenemen', en: 'You may bring someone along' };
  },
  warmHandover(): MatchReason {
    return { nl: 'Je sociaal werker kan je op weg helpen', en: 'Your social worker can help you get there' };
  },
  othersEnjoyed(): MatchReason {
    return { nl: 'Anderen vonden dit fijn', en: 'Others enjoyed this' };
  },
  // Offer ↔ request: one row is seen by both sides, so these speak to both.
  sharedTopic(labels: TagLabels, slugs: readonly string[]): MatchReason {
    const l = both(labels, slugs);
    return { nl: `De vraag en het aanbod gaan allebei over ${l.nl}`, en: `The request and the offer are both about ${l.en}` };
  },
  bothInWijk(): MatchReason {
    return { nl: 'Jullie wonen in dezelfde wijk', en: 'You live in the same neighbourhood' };
  },
  bothNearby(km: number): MatchReason {
    const r = Reasons.nearby(km);
    return { nl: r.nl.replace('van je wijk', 'van elkaar'), en: r.en.replace('from your neighbourhood', 'from each other') };
  },
  bothFree(slot: number): MatchReason {
    const l = slotLabel(slot);
    return { nl: `Jullie kunnen allebei op ${l.nl}`, en: `You are both free on ${l.en}` };
  },
};
