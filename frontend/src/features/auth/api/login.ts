import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { applyAuthSession } from '@/lib/session/refresh';

const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...AuthSessionFields
    }
  }
`);

/** Signs in; the server also sets the httpOnly refresh cookie. */
export async function login(email: string, password: string): Promise<void> {
  const data = await request(Login, { email, password }, { anonymous: true });
  applyAuthSession(data.login);
}
