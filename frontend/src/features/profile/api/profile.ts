import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateProfileInput, ViewerFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { updateViewer } from '@/lib/session/session-store';

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

/** The signed-in user, always asked afresh (the profile page shows what the server holds). */
export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: fetchMe, staleTime: 0 });

export const useMe = () => useQuery(meQueryOptions());

export async function updateProfile(input: UpdateProfileInput) {
  const data = await request(UpdateProfile, { input });
  updateViewer(data.updateProfile);
  return data.updateProfile;
}

/** Saves the profile; the answer is the user as now saved. */
export const useUpdateProfile = (config?: MutationConfig<ViewerFieldsFragment, UpdateProfileInput>) =>
  useCacheMutation(updateProfile, (queryClient, saved) => queryClient.setQueryData(meQueryOptions().queryKey, saved), config);

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  // A wrong current password may come back as UNAUTHENTICATED: report it, do not refresh and retry.
  await request(ChangePassword, { currentPassword, newPassword }, { refreshOnUnauthenticated: false });
}
