import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@buurtbrug/core';
import type { Signal, SignalTriageStep } from './signal.entity.js';
import { PersonAware, SignalSource, SignalStatus } from './signal-status.enum.js';
import type { SignalFiledPayload } from './signals.events.js';

@ObjectType('SignalTriageStep', { description: 'One triage step of a signal: the change and the note with it.' })
export class SignalTriageStepModel {
  @Field(() => SignalStatus, { description: 'The status before.' })
  fromStatus: SignalStatus;

  @Field(() => SignalStatus, { description: 'The status after.' })
  toStatus: SignalStatus;

  @Field(() => String, { nullable: true, description: 'The note the social worker wrote.' })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The social worker who did it (null once that account is gone).' })
  triagedBy: string | null;

  @Field({ description: 'When.' })
  triagedAt: Date;

  static from(step: SignalTriageStep): SignalTriageStepModel {
    return Object.assign(new SignalTriageStepModel(), step);
  }
}

@ObjectType('Signal', {
  description: 'A concern that someone may be isolated (signalering), for the social workers of the wijk. Every read is audited.',
})
export class SignalModel {
  @Field(() => ID, { description: 'Signal id.' })
  id: string;

  @Field({ description: 'The wijk it is routed to.' })
  wijkCode: string;

  @Field(() => SignalSource, { description: 'Who filed it.' })
  source: SignalSource;

  @Field(() => SignalStatus, { description: 'Where it is in its handling.' })
  status: SignalStatus;

  @Field({ description: 'How to reach the person, in the reporter’s words.' })
  howToReach: string;

  @Field({ description: 'What the reporter noticed.' })
  concern: string;

  @Field(() => PersonAware, { description: 'Whether the person knows about the signal.' })
  personAware: PersonAware;

  @Field(() => String, { nullable: true, description: 'How to reach the reporter with a question, if they left it.' })
  reporterContact: string | null;

  @Field(() => String, { nullable: true, description: 'The latest triage note.' })
  triageNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last triaged.' })
  triagedAt: Date | null;

  @Field({ description: 'When it was filed.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was closed (INTAKE_DONE or NO_ACTION).' })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The resident registered at the intake it led to.' })
  intakeResidentId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it will be deleted unless it led to an intake: six months after filing. Null when it is kept.' })
  deleteAfter: Date | null;

  @Field(() => [SignalTriageStepModel], { description: 'Every triage step, oldest first (only on a single signal; empty in lists).' })
  history: SignalTriageStepModel[];

  static from(signal: Signal, history: SignalTriageStep[] = []): SignalModel {
    const deleteAfter = new Date(signal.createdAt);
    deleteAfter.setMonth(deleteAfter.getMonth() + 6);
    return Object.assign(new SignalModel(), {
      id: signal.id,
      wijkCode: signal.wijkCode,
      source: signal.source,
      status: signal.status,
      howToReach: signal.howToReach,
      concern: signal.concern,
      personAware: signal.personAware,
      reporterContact: signal.reporterContact,
      triageNote: signal.triageNote,
      triagedAt: signal.triagedAt,
      createdAt: signal.createdAt,
      updatedAt: signal.updatedAt,
      closedAt: signal.closedAt,
      intakeResidentId: signal.intakeResidentId,
      deleteAfter: signal.status === SignalStatus.INTAKE_DONE ? null : deleteAfter,
      history: history.map(SignalTriageStepModel.from),
    });
  }
}

export const SignalPage = Paginated(SignalModel, 'SignalPage');

@ObjectType('SignalReceipt', {
  description:
    'The answer to a filed signal: always the same shape, whoever it is about. It never says whether the person is known, and echoes nothing of what was filed.',
})
export class SignalReceiptModel {
  @Field({ description: 'A short reference to quote when you call the social workers about it.' })
  reference: string;

  @Field({ description: 'The wijk whose social workers will look at it.' })
  wijkCode: string;

  @Field({ description: 'The name of that wijk.' })
  wijkName: string;
}

@ObjectType('SignalFiled', {
  description:
    'A new signal came in for a wijk: only that it arrived and where. It carries nothing about the person or the concern, because showing that is an audited read and a push is not audited. Ask `signals` again to read it (that read is audited).',
})
export class SignalFiledModel {
  @Field(() => ID, { description: 'The id of the new signal, to open it with `signal` (an audited read). Not its content.' })
  signalId: string;

  @Field({ description: 'The wijk it is routed to.' })
  wijkCode: string;

  @Field({ description: 'The name of that wijk.' })
  wijkName: string;

  @Field(() => SignalStatus, { description: 'Always NEW: it has just been filed.' })
  status: SignalStatus;

  @Field({ description: 'When it was filed.' })
  createdAt: Date;

  /** Through Redis the payload arrives as JSON: the date is a string again. */
  static from(payload: SignalFiledPayload): SignalFiledModel {
    return Object.assign(new SignalFiledModel(), {
      signalId: payload.signalId,
      wijkCode: payload.wijkCode,
      wijkName: payload.wijkName,
      status: payload.status,
      createdAt: new Date(payload.createdAt),
    });
  }
}
