import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@buurtbrug/core';
import { OrganisationKind, OrganisationStatus } from './organisation-kind.enum.js';
import type { Organisation } from './organisation.entity.js';

@ObjectType('Organisation', { description: 'An organisation on the sociale kaart. Its contact details are public.' })
export class OrganisationModel {
  @Field(() => ID, { description: 'Organisation id.' })
  id: string;

  @Field({ description: 'Name, e.g. "Bibliotheek Hilversum".' })
  name: string;

  @Field(() => OrganisationKind, { description: 'What sort of organisation it is.' })
  kind: OrganisationKind;

  @Field(() => [String], { description: 'Codes of the wijken it serves.' })
  wijkCodes: string[];

  @Field({ description: 'What the organisation does, in plain text.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Public email address.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Public phone number.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Website (http or https).' })
  website: string | null;

  @Field(() => OrganisationStatus, { description: 'Pending until an admin approves it.' })
  status: OrganisationStatus;

  @Field(() => Date, { nullable: true, description: 'When an admin approved it.' })
  approvedAt: Date | null;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  static from(entity: Organisation): OrganisationModel {
    return Object.assign(new OrganisationModel(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      wijkCodes: entity.wijkCodes,
      description: entity.description,
      email: entity.email,
      phone: entity.phone,
      website: entity.website,
      status: entity.status,
      approvedAt: entity.approvedAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

/** A page of the sociale kaart. */
export const OrganisationPage = Paginated(OrganisationModel, 'OrganisationPage');
