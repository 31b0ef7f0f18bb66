import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { HomeVisit } from './home-visit.entity.js';
import { ContactFrequency, LivingSituation, Mobility } from './home-visit.enums.js';

@ObjectType('HomeVisit', { description: 'The answers of a home-visit checklist (huisbezoek, 75+). Only for the resident’s social worker; audited.' })
export class HomeVisitModel {
  @Field(() => ID, { description: 'Home visit id.' })
  id: string;

  @Field(() => ID, { description: 'The resident visited.' })
  residentId: string;

  @Field({ description: 'The resident’s wijk at the visit.' })
  wijkCode: string;

  @Field({ description: 'The day of the visit (YYYY-MM-DD).' })
  visitedOn: string;

  @Field(() => ID, { nullable: true, description: 'The social worker who visited (null once that account is gone).' })
  visitedBy: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the social worker who visited (null once that account is gone).' })
  visitedByName: string | null;

  @Field(() => ID, { nullable: true, description: 'The signal that led to the visit, if any.' })
  signalId: string | null;

  @Field(() => LivingSituation, { description: 'Who the resident lives with.' })
  livingSituation: LivingSituation;

  @Field(() => ContactFrequency, { description: 'How often the resident sees or speaks to people.' })
  contactFrequency: ContactFrequency;

  @Field(() => String, { nullable: true, description: 'About their contacts, in the visitor’s words.' })
  contactsNote: string | null;

  @Field(() => Mobility, { description: 'How the resident gets around.' })
  mobility: Mobility;

  @Field(() => String, { nullable: true, description: 'About getting around.' })
  mobilityNote: string | null;

  @Field(() => String, { nullable: true, description: 'About language (e.g. needs an interpreter).' })
  languageNote: string | null;

  @Field(() => String, { nullable: true, description: 'Other notes of the visitor.' })
  notes: string | null;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;

  static from(visit: HomeVisit): HomeVisitModel {
    return Object.assign(new HomeVisitModel(), {
      id: visit.id,
      residentId: visit.residentId,
      wijkCode: visit.wijkCode,
      visitedOn: visit.visitedOn,
      visitedBy: visit.visitedBy,
      visitedByName: visit.visitor?.displayName ?? null,
      signalId: visit.signalId,
      livingSituation: visit.livingSituation,
      contactFrequency: visit.contactFrequency,
      contactsNote: visit.contactsNote,
      mobility: visit.mobility,
      mobilityNote: visit.mobilityNote,
      languageNote: visit.languageNote,
      notes: visit.notes,
      createdAt: visit.createdAt,
    });
  }
}

@ObjectType('HomeVisitResult', {
  description: 'A recorded home visit and who was registered. The full profile is opened (and audited) through `resident`, not returned here.',
})
export class HomeVisitResultModel {
  @Field(() => HomeVisitModel, { description: 'The checklist answers.' })
  homeVisit: HomeVisitModel;

  @Field(() => ID, { description: 'The resident account registered on their behalf at the visit.' })
  residentId: string;

  @Field({ description: 'The name shown for that resident.' })
  displayName: string;
}
