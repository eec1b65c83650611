import { graphql } from '@/gql';
import type { UpdateProfileInput } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { updateViewer } from '@/lib/session/session-store';

export const meKey = ['me'] as const;

const Me = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...ViewerFields
    }
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** Loads the signed-in user afresh and keeps the session's copy up to date. */
export async function fetchMe() {
  const data = await request(Me, {});
  updateViewer(data.me);
  return data.me;
}

export async function updateProfile(input: UpdateProfileInput) {
  const data = await request(UpdateProfile, { input });
  updateViewer(data.updateProfile);
  return data.updateProfile;
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  // A wrong current password may come back as UNAUTHENTICATED: report it, do not refresh and retry.
  await request(ChangePassword, { currentPassword, newPassword }, { refreshOnUnauthenticated: false });
}
