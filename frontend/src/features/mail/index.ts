export { MailLogPage } from './components/MailLogPage';
