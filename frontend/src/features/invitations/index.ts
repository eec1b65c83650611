export { AcceptInvitationPage } from './components/AcceptInvitationPage';
export { InvitationsPanel } from './components/InvitationsPanel';
export { InviteUserForm } from './components/InviteUserForm';
