import request from 'supertest';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; fields?: { field: string; message: string }[] } }[];
  headers: Record<string, string | string[] | undefined>;
}

/** A tiny GraphQL-over-HTTP caller on supertest, with an optional bearer token. */
export async function gql<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<T>> {
  let req = request(baseUrl).post('/graphql').set('content-type', 'application/json');
  if (token) req = req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, data: res.body.data, errors: res.body.errors, headers: res.headers };
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await gql<{ login: { token: string } }>(
    baseUrl,
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { email, password } },
  );
  if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}
