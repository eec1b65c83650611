import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

/** Asks for a reset email. The server answers the same whether or not the email is known. */
export async function requestPasswordReset(email: string): Promise<void> {
  await request(RequestPasswordReset, { email }, { anonymous: true });
}

export async function resetPassword(token: string, password: string): Promise<void> {
  await request(ResetPassword, { token, password }, { anonymous: true });
}
