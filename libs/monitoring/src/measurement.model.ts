import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeasurementAnswer } from './de-jong-gierveld.js';
import type { Measurement } from './measurement.entity.js';
import { MeasurementMethod, MeasurementMoment } from './measurement.enums.js';

@ObjectType('MeasurementAnswers', { description: 'De zes antwoorden. / The six answers, in the order of the questionnaire.' })
export class MeasurementAnswersModel {
  @Field(() => MeasurementAnswer, { description: '1. Ik ervaar een leegte om me heen. / I experience a general sense of emptiness.' })
  emptiness: MeasurementAnswer;

  @Field(() => MeasurementAnswer, { description: '2. Ik mis mensen om me heen. / I miss having people around.' })
  missPeople: MeasurementAnswer;

  @Field(() => MeasurementAnswer, { description: '3. Ik voel me vaak in de steek gelaten. / I often feel rejected.' })
  abandoned: MeasurementAnswer;

  @Field(() => MeasurementAnswer, {
    description: '4. Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen. / There are plenty of people I can rely on when I have problems.',
  })
  canRelyOn: MeasurementAnswer;

  @Field(() => MeasurementAnswer, { description: '5. Er zijn veel mensen die ik volledig kan vertrouwen. / There are many people I can trust completely.' })
  trustFully: MeasurementAnswer;

  @Field(() => MeasurementAnswer, { description: '6. Er zijn voldoende mensen met wie ik me nauw verbonden voel. / There are enough people I feel close to.' })
  closeTo: MeasurementAnswer;
}

@ObjectType('Measurement', { description: 'Een ingevulde vragenlijst met de scores. / A filled-in questionnaire with its scores. Only the resident and the social workers of their wijk see it.' })
export class MeasurementModel {
  @Field(() => ID, { description: 'Measurement id.' })
  id: string;

  @Field(() => ID, { description: 'The resident it is about.' })
  residentId: string;

  @Field(() => MeasurementMoment, { description: 'T0 (at the start) or T1 (about three months later).' })
  moment: MeasurementMoment;

  @Field(() => MeasurementAnswersModel, { description: 'The six answers.' })
  answers: MeasurementAnswersModel;

  @Field(() => Int, { description: 'Items 1–3: 0 to 3. Higher means missing people more.' })
  emotionalScore: number;

  @Field(() => Int, { description: 'Items 4–6: 0 to 3. Higher means fewer people to fall back on.' })
  socialScore: number;

  @Field(() => Int, { description: 'Both together: 0 to 6.' })
  totalScore: number;

  @Field({ description: 'When it was filled in.' })
  takenAt: Date;

  @Field(() => MeasurementMethod, { description: 'By the resident, or by a social worker with them.' })
  method: MeasurementMethod;

  static from(m: Measurement): MeasurementModel {
    return Object.assign(new MeasurementModel(), {
      id: m.id,
      residentId: m.residentId,
      moment: m.moment,
      answers: Object.assign(new MeasurementAnswersModel(), {
        emptiness: m.item1,
        missPeople: m.item2,
        abandoned: m.item3,
        canRelyOn: m.item4,
        trustFully: m.item5,
        closeTo: m.item6,
      }),
      emotionalScore: m.emotionalScore,
      socialScore: m.socialScore,
      totalScore: m.totalScore,
      takenAt: m.takenAt,
      method: m.method,
    });
  }
}
