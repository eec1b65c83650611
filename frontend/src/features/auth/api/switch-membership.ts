import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { applyAuthSession } from '@/lib/session/refresh';

const SwitchMembership = graphql(`
  mutation SwitchMembership($membershipId: ID!) {
    switchMembership(membershipId: $membershipId) {
      ...AuthSessionFields
    }
  }
`);

/** Acts in another membership from now on (new tokens; the old tenant's cached data is dropped). */
export async function switchMembership(membershipId: string): Promise<void> {
  const data = await request(SwitchMembership, { membershipId });
  applyAuthSession(data.switchMembership);
}
