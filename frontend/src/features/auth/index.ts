export { signOut } from './api/logout';
export { ForgotPasswordPage } from './components/ForgotPasswordPage';
export { LoginPage } from './components/LoginPage';
export { MembershipSwitcher } from './components/MembershipSwitcher';
export { ResetPasswordPage } from './components/ResetPasswordPage';
