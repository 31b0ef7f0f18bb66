import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { Activity } from './activity.entity.js';

type ActivityProperty = keyof Activity;

/**
 * The entity properties each field of the Activity type reads (see ActivityModel.from). A page
 * loads only these columns: most pages show a handful of fields, and the rest (description,
 * timestamps, arrays) would be read from the database and parsed for nothing.
 */
export const PROPERTIES_OF_FIELD: Record<string, ActivityProperty[]> = {
  id: ['id'],
  organisationId: ['organisationId'],
  externalId: ['externalId'],
  title: ['title'],
  description: ['description'],
  tags: ['tags'],
  wijkCode: ['wijkCode'],
  location: ['locationName', 'locationAddress', 'latitude', 'longitude'],
  schedule: ['startsAt', 'endsAt', 'rrule', 'durationMinutes', 'until'],
  capacity: ['capacity'],
  costCents: ['costCents'],
  free: ['costCents'],
  audience: ['audience'],
  languages: ['languages'],
  accessibility: ['accessibility'],
  walkIn: ['walkIn'],
  status: ['status'],
  publishedAt: ['publishedAt'],
  cancelledAt: ['cancelledAt'],
  cancellationReason: ['cancellationReason'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
  organisation: ['organisationId'],
  wijk: ['wijkCode'],
  __typename: [],
};

/** Always loaded: the key, the cursor and what access and the joins use. */
const ALWAYS: ActivityProperty[] = ['id', 'startsAt', 'status', 'organisationId', 'wijkCode'];

export interface ActivityProjection {
  /** Entity properties to load; null means all of them. */
  properties: Set<string> | null;
  organisation: boolean;
  /** Organisation properties to load (its GraphQL fields carry the entity's property names); null means all. */
  organisationProperties?: Set<string> | null;
  wijk: boolean;
}

export const FULL_PROJECTION: Readonly<ActivityProjection> = { properties: null, organisation: true, organisationProperties: null, wijk: true };

/** The Organisation type's fields, which OrganisationModel.from copies from the entity property of the same name. */
const ORGANISATION_PROPERTIES = new Set(['id', 'name', 'kind', 'wijkCodes', 'description', 'email', 'phone', 'website', 'status', 'approvedAt', 'createdAt', 'updatedAt']);

/** The selection sets of the fields called `name` in a selection set, through fragments; null when it cannot tell. */
function selectionsOf(name: string, selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, into: SelectionSetNode[]): boolean {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name && selection.selectionSet) into.push(selection.selectionSet);
    } else {
      const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
      if (!inner || !selectionsOf(name, inner, fragments, into)) return false;
    }
  }
  return true;
}

/** The organisation properties the nodes' `organisation { … }` selections read, or null for all. */
function organisationProjection(nodeSelections: SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): Set<string> | null {
  const selections: SelectionSetNode[] = [];
  for (const selectionSet of nodeSelections) if (!selectionsOf('organisation', selectionSet, fragments, selections)) return null;
  const fields = new Set<string>(['id']);
  for (const selectionSet of selections) if (!selectedFields(selectionSet, fragments, fields)) return null;
  fields.delete('__typename');
  for (const field of fields) if (!ORGANISATION_PROPERTIES.has(field)) return null;
  return fields;
}

/** Adds the field names selected in a selection set, through fragments; false when it cannot tell. */
function selectedFields(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, into: Set<string>): boolean {
  if (!selectionSet) return false;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selectedFields(selection.selectionSet, fragments, into)) return false;
    } else {
      const fragment = fragments[selection.name.value];
      if (!fragment || !selectedFields(fragment.selectionSet, fragments, into)) return false;
    }
  }
  return true;
}

/** The nodes' selection of a page query (`activities { nodes { … } }`), as what to load. */
export function activityPageProjection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ActivityProjection {
  const nodeSelections: SelectionSetNode[] = [];
  for (const fieldNode of info.fieldNodes) {
    for (const selection of fieldNode.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) return FULL_PROJECTION;
      if (selection.name.value === 'nodes' && (selection as FieldNode).selectionSet) nodeSelections.push((selection as FieldNode).selectionSet!);
    }
  }
  const fields = new Set<string>();
  for (const selectionSet of nodeSelections) if (!selectedFields(selectionSet, info.fragments, fields)) return FULL_PROJECTION;
  const properties = new Set<string>(ALWAYS);
  for (const field of fields) {
    const read = PROPERTIES_OF_FIELD[field];
    // A field this list does not know (a new one): load everything rather than guess.
    if (!read) return FULL_PROJECTION;
    for (const property of read) properties.add(property);
  }
  const organisation = fields.has('organisation');
  return { properties, organisation, organisationProperties: organisation ? organisationProjection(nodeSelections, info.fragments) : null, wijk: fields.has('wijk') };
}
