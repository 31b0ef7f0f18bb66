import { graphql } from '../../gql';

export const POSTS = graphql(`
  query Posts($filter: FilterPostsInput, $after: String) {
    posts(filter: $filter, after: $after, first: 20) {
      nodes {
        id
        kind
        title
        text
        tags
        authorName
        wijkName
        wijkCode
        createdAt
        isMine
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MY_POSTS = graphql(`
  query MyPosts($after: String) {
    myPosts(after: $after, first: 50) {
      nodes {
        id
        kind
        title
        text
        tags
        status
        createdAt
        expiresAt
        wijkName
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
