import { registerEnumType } from '@nestjs/graphql';

/**
 * The 6-item De Jong Gierveld scale: J. de Jong Gierveld & T. van Tilburg (2006), "A 6-item scale
 * for overall, emotional, and social loneliness", Research on Aging 28(5), 582–598. Items and
 * scoring as published there, in the standard Dutch wording:
 * - items 1–3 (emotional subscale) are worded negatively: "ja" and "min of meer" score 1;
 * - items 4–6 (social subscale) are worded positively: "nee" and "min of meer" score 1.
 * Each subscale runs 0–3 and the total 0–6. (Issue 8 says "0–6 each"; the published scale has
 * 0–3 per subscale and 0–6 in total, which is what is implemented.) A higher score means fewer
 * people around someone, so a fall from T0 to T1 is an improvement.
 */
export enum MeasurementAnswer {
  YES = 'YES',
  MORE_OR_LESS = 'MORE_OR_LESS',
  NO = 'NO',
}

registerEnumType(MeasurementAnswer, {
  name: 'MeasurementAnswer',
  description: 'Een antwoord op een vraag van de vragenlijst. / An answer to a questionnaire item.',
  valuesMap: {
    YES: { description: 'Ja. / Yes.' },
    MORE_OR_LESS: { description: 'Min of meer. / More or less.' },
    NO: { description: 'Nee. / No.' },
  },
});

export type Subscale = 'EMOTIONAL' | 'SOCIAL';

export interface ScaleItem {
  /** 1–6, the order of the published scale. */
  number: number;
  /** The input and model field that holds the answer. */
  key: AnswerKey;
  subscale: Subscale;
  nl: string;
  en: string;
}

export type AnswerKey = 'emptiness' | 'missPeople' | 'abandoned' | 'canRelyOn' | 'trustFully' | 'closeTo';

export const DE_JONG_GIERVELD_ITEMS: readonly ScaleItem[] = [
  { number: 1, key: 'emptiness', subscale: 'EMOTIONAL', nl: 'Ik ervaar een leegte om me heen', en: 'I experience a general sense of emptiness' },
  { number: 2, key: 'missPeople', subscale: 'EMOTIONAL', nl: 'Ik mis mensen om me heen', en: 'I miss having people around' },
  { number: 3, key: 'abandoned', subscale: 'EMOTIONAL', nl: 'Ik voel me vaak in de steek gelaten', en: 'I often feel rejected' },
  {
    number: 4,
    key: 'canRelyOn',
    subscale: 'SOCIAL',
    nl: 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen',
    en: 'There are plenty of people I can rely on when I have problems',
  },
  { number: 5, key: 'trustFully', subscale: 'SOCIAL', nl: 'Er zijn veel mensen die ik volledig kan vertrouwen', en: 'There are many people I can trust completely' },
  { number: 6, key: 'closeTo', subscale: 'SOCIAL', nl: 'Er zijn voldoende mensen met wie ik me nauw verbonden voel', en: 'There are enough people I feel close to' },
];

export type Answers = Record<AnswerKey, MeasurementAnswer>;

export interface Scores {
  /** 0–3. */
  emotional: number;
  /** 0–3. */
  social: number;
  /** 0–6. */
  total: number;
}

/** Whether one answer counts as a point, given how the item is worded. */
export function itemScore(item: Pick<ScaleItem, 'subscale'>, answer: MeasurementAnswer): 0 | 1 {
  if (answer === MeasurementAnswer.MORE_OR_LESS) return 1;
  if (item.subscale === 'EMOTIONAL') return answer === MeasurementAnswer.YES ? 1 : 0;
  return answer === MeasurementAnswer.NO ? 1 : 0;
}

/** The published scoring of the six answers. */
export function scoreDeJongGierveld(answers: Answers): Scores {
  let emotional = 0;
  let social = 0;
  for (const item of DE_JONG_GIERVELD_ITEMS) {
    const answer = answers[item.key];
    if (!Object.values(MeasurementAnswer).includes(answer)) throw new Error(`No valid answer for item ${item.number}`);
    if (item.subscale === 'EMOTIONAL') emotional += itemScore(item, answer);
    else social += itemScore(item, answer);
  }
  return { emotional, social, total: emotional + social };
}
