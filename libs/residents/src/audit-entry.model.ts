import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AuditEntry } from '@buurtbrug/core';

@ObjectType('AuditEntry', { description: 'A sensitive action, as written to the audit log. Holds ids, never names or contact details.' })
export class AuditEntryModel {
  @Field(() => ID, { description: 'Entry id (increasing).' })
  id: string;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Account that did it (kept as an opaque id after that account is erased); empty for the system.' })
  actorId: string | null;

  @Field({ description: 'What happened, e.g. RESIDENT_PROFILE_OPENED, RESIDENT_CREATED_ON_BEHALF, RESIDENT_ERASED.' })
  action: string;

  @Field({ description: 'Kind of thing it happened to, e.g. resident.' })
  subjectType: string;

  @Field(() => ID, { description: 'Id of that thing.' })
  subjectId: string;

  @Field(() => String, { nullable: true, description: 'Wijk the subject belonged to.' })
  wijkCode: string | null;

  @Field({ description: 'Further facts as a JSON object (ids, codes, flags).' })
  details: string;

  static from(entry: AuditEntry): AuditEntryModel {
    return Object.assign(new AuditEntryModel(), { ...entry, details: JSON.stringify(entry.details) });
  }
}
