import { graphql } from '../../gql';

export const ORGANISATION = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      description
      email
      phone
      website
      wijkCodes
      status
      approvedAt
    }
  }
`);

export const ORGANISATION_KINDS = ['WELFARE', 'CLUB', 'CHURCH', 'LIBRARY', 'COMMUNITY_CENTRE', 'HEALTH', 'MUNICIPALITY', 'OTHER'] as const;
