import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { ChangeMemberRoleDocument, MembersDocument, RemoveMemberDocument } from '@/gql/graphql';
import { markSignedIn } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { graphqlFailure, graphqlMock, onePage } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { MemberRow } from '../api/members';
import { MembersPanel } from './MembersPanel';

const SELF = 'TWVtYmVyc2hpcDox';
const STAFF = 'TWVtYmVyc2hpcDoy';
const FIRM_USER = 'TWVtYmVyc2hpcDoz';

const member = (id: string, role: MemberRow['role'], name: string, firm: string | null = null): MemberRow => ({
  id,
  role,
  createdAt: '2026-11-01T02:00:00Z',
  firm: firm === null ? null : { id: 'RmlybTox', name: firm },
  user: { email: `${name.toLowerCase()}@dongsoc.example`, displayName: name },
});

beforeEach(async () => {
  markSignedIn(viewerFixture());
  graphqlMock.on(MembersDocument, {
    members: onePage([
      member(SELF, 'OPERATOR_ADMIN', 'Lan'),
      member(STAFF, 'OPERATOR_STAFF', 'Minh'),
      member(FIRM_USER, 'ENTERPRISE', 'Hoa', 'KCC Vina'),
    ]),
  });
  await i18n.changeLanguage('vi');
});

describe('members', { timeout: 20_000 }, () => {
  it('lets an admin promote staff, but not change their own role or remove themselves', async () => {
    graphqlMock.on(ChangeMemberRoleDocument, { changeMemberRole: { id: STAFF, role: 'OPERATOR_ADMIN' } });
    renderWithProviders(<MembersPanel />);
    const user = userEvent.setup();

    expect(await screen.findByTestId(`member-role-${SELF}`)).toBeDisabled();
    expect(screen.queryByTestId(`member-remove-${SELF}`)).not.toBeInTheDocument();
    // An enterprise user's role belongs to their firm: only removal is offered.
    expect(screen.queryByTestId(`member-role-${FIRM_USER}`)).not.toBeInTheDocument();
    expect(screen.getByTestId(`member-remove-${FIRM_USER}`)).toBeInTheDocument();

    await user.click(screen.getByTestId(`member-role-${STAFF}`));
    // Each role picker keeps its options in the page; the staff member's is the second one.
    const options = await screen.findAllByRole('option', { name: 'Quản trị chủ đầu tư hạ tầng', hidden: true });
    await user.click(options[options.length - 1]!);
    await waitFor(() =>
      expect(graphqlMock.calls(ChangeMemberRoleDocument)).toEqual([{ membershipId: STAFF, role: 'OPERATOR_ADMIN' }]),
    );
  });

  it('removes a member after a confirmation, and shows a refusal as the server words it', async () => {
    graphqlMock.on(RemoveMemberDocument, graphqlFailure('CONFLICT', 'the last operator admin cannot be removed'));
    renderWithProviders(<MembersPanel />);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId(`member-remove-${STAFF}`));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('member-remove-confirm'));
    expect(await within(dialog).findByText(/the last operator admin cannot be removed/)).toBeInTheDocument();
    expect(graphqlMock.calls(RemoveMemberDocument)).toEqual([{ membershipId: STAFF }]);
  });
});
