/**
 * How much each part of the score counts, and the knobs of ranking. Configuration, not code: a
 * municipality can favour nearby activities over exact interest, for instance. The score is the
 * weighted mean of the parts, so only the ratios between the part weights matter.
 */
export interface MatchWeights {
  /** Overlap of the activity's tags with the resident's interests, wishes and talents. */
  interest: number;
  /** Closer is better, relative to the resident's travel radius. */
  distance: number;
  /** The activity happens on a part of the week the resident is free. */
  availability: number;
  /** A group for someone who wants new contacts; walk-in and free as a low first step. */
  social: number;
  /** How earlier proposals with these tags and this organisation went (follow-ups). */
  outcome: number;
  /** Someone who needs company to go along: companions welcome, or a social worker hands over warmly. */
  companion: number;
  /** A shared talent counts this much of a shared interest (0–1). */
  talentFactor: number;
  /** Score taken off per earlier pick in the top-k with the same primary tag (0–1). */
  diversityTagPenalty: number;
  /** Score taken off per earlier pick in the top-k from the same organisation (0–1). */
  diversityOrganisationPenalty: number;
  /** Proposals scoring below this are not made (0–1). */
  minScore: number;
  /** Proposals per resident per run (1–20). */
  topK: number;
  /** A proposal needs at least one shared tag; without it reasons would be thin. */
  requireTagOverlap: boolean;
  /** After a decline (or an expired or rejected proposal) the same activity is not proposed again for this many days. */
  declineCooldownDays: number;
}

export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  interest: 0.5,
  distance: 0.15,
  availability: 0.15,
  social: 0.1,
  outcome: 0.1,
  companion: 0.05,
  talentFactor: 0.5,
  diversityTagPenalty: 0.06,
  diversityOrganisationPenalty: 0.03,
  minScore: 0.4,
  topK: 5,
  requireTagOverlap: true,
  declineCooldownDays: 90,
});

const PART_WEIGHTS = ['interest', 'distance', 'availability', 'social', 'outcome', 'companion'] as const;
const FRACTIONS = ['talentFactor', 'diversityTagPenalty', 'diversityOrganisationPenalty', 'minScore'] as const;

/** Problems with a weights object, each naming the field; empty when it is usable. */
export function matchWeightErrors(weights: Partial<Record<keyof MatchWeights, unknown>>): string[] {
  const errors: string[] = [];
  const known = new Set<string>(Object.keys(DEFAULT_MATCH_WEIGHTS));
  for (const key of Object.keys(weights)) if (!known.has(key)) errors.push(`${key}: unknown weight`);
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  for (const key of PART_WEIGHTS) {
    const value = weights[key];
    if (value !== undefined && (!finite(value) || value < 0 || value > 100)) errors.push(`${key}: must be a number from 0 to 100`);
  }
  for (const key of FRACTIONS) {
    const value = weights[key];
    if (value !== undefined && (!finite(value) || value < 0 || value > 1)) errors.push(`${key}: must be a number from 0 to 1`);
  }
  const topK = weights.topK;
  if (topK !== undefined && (!Number.isInteger(topK) || (topK as number) < 1 || (topK as number) > 20)) errors.push('topK: must be a whole number from 1 to 20');
  const cooldown = weights.declineCooldownDays;
  if (cooldown !== undefined && (!Number.isInteger(cooldown) || (cooldown as number) < 0 || (cooldown as number) > 3650)) {
    errors.push('declineCooldownDays: must be a whole number from 0 to 3650');
  }
  if (weights.requireTagOverlap !== undefined && typeof weights.requireTagOverlap !== 'boolean') errors.push('requireTagOverlap: must be true or false');
  if (errors.length === 0) {
    const merged = { ...DEFAULT_MATCH_WEIGHTS, ...weights } as MatchWeights;
    // Companion only counts for residents who need it; the others need some weight to rank on.
    const total = merged.interest + merged.distance + merged.availability + merged.social + merged.outcome;
    if (!(total > 0)) errors.push('interest: at least one of interest, distance, availability, social and outcome must be above 0');
  }
  return errors;
}

/** Defaults with the given overrides, checked; throws a RangeError naming every bad field. */
export function resolveMatchWeights(overrides: Partial<MatchWeights> = {}): MatchWeights {
  const errors = matchWeightErrors(overrides);
  if (errors.length > 0) throw new RangeError(`Invalid match weights: ${errors.join('; ')}`);
  return Object.freeze({ ...DEFAULT_MATCH_WEIGHTS, ...overrides });
}
