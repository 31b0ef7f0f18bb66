import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsentMethod } from '@buurtbrug/residents';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { MeasurementAnswer } from '../de-jong-gierveld.js';
import { MeasurementMoment } from '../measurement.enums.js';

const answerField = (description: string) => Field(() => MeasurementAnswer, { description });
const ANSWER_MESSAGE = { message: 'choose ja (YES), min of meer (MORE_OR_LESS) or nee (NO)' };

@InputType({ description: 'De zes antwoorden. / The six answers: ja (YES), min of meer (MORE_OR_LESS) or nee (NO).' })
export class MeasurementAnswersInput {
  @answerField('1. Ik ervaar een leegte om me heen. / I experience a general sense of emptiness.')
  @IsEnum(MeasurementAnswer, ANSWER_MESSAGE)
  emptiness: MeasurementAnswer;

  @answerField('2. Ik mis mensen om me heen. / I miss having people around.')
  @IsEnum(MeasurementAnswer, ANSWER_MESSAGE)
  missPeople: MeasurementAnswer;

  @answerField('3. Ik voel me vaak in de steek gelaten. / I often feel rejected.')
  @IsEnum(MeasurementAnswer, ANSWER_MESSAGE)
  abandoned: MeasurementAnswer;

  @answerField('4. Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen. / There are plenty of people I can rely on when I have problems.')
  @IsEnum(MeasurementAnswer, ANSWER_MESSAGE)
  canRelyOn: MeasurementAnswer;

  @answerField('5. Er zijn veel mensen die ik volledig kan vertrouwen. / There are many people I can trust completely.')
  @IsEnum(MeasurementAnswer, ANSWER_MESSAGE)
  trustFully: MeasurementAnswer;

  @answerField('6. Er zijn voldoende mensen met wie ik me nauw verbonden voel. / There are enough people I feel close to.')
  @IsEnum(MeasurementAnswer, ANSWER_MESSAGE)
  closeTo: MeasurementAnswer;
}

@InputType({
  description:
    'Toestemming voor de vragenlijst. / Consent to take part in the questionnaire. Needed once; a social worker says how the resident gave it.',
})
export class MeasurementConsentInput {
  @Field({ description: 'The resident agrees that the answers are kept and used (only in numbers per wijk beyond them and their social worker).' })
  @IsBoolean()
  given: boolean;

  @Field(() => ConsentMethod, {
    nullable: true,
    description: 'Only when a social worker records it: SPOKEN or WRITTEN. A resident in the app leaves it empty (APP).',
  })
  @IsOptional()
  @IsIn([ConsentMethod.SPOKEN, ConsentMethod.WRITTEN], { message: 'method must be SPOKEN or WRITTEN when a social worker records it' })
  method?: ConsentMethod | null;
}

@InputType({ description: 'A filled-in questionnaire, by the resident or by a social worker with them.' })
export class RecordMeasurementInput {
  @Field(() => ID, { nullable: true, description: 'Social workers: the resident it is for. Residents leave it empty.' })
  @IsOptional()
  @IsUUID('all', { message: 'residentId must be an account id (UUID)' })
  residentId?: string | null;

  @Field(() => MeasurementMoment, { description: 'T0 at the start, T1 from 10 weeks after T0.' })
  @IsEnum(MeasurementMoment, { message: 'moment must be T0 or T1' })
  moment: MeasurementMoment;

  @Field(() => MeasurementAnswersInput, { description: 'The six answers.' })
  @ValidateNested()
  @Type(() => MeasurementAnswersInput)
  answers: MeasurementAnswersInput;

  @Field(() => MeasurementConsentInput, { nullable: true, description: 'Consent, when it has not been given before.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeasurementConsentInput)
  consent?: MeasurementConsentInput | null;
}
