export { ReminderSettingsPage } from './components/ReminderSettingsPage';
export { RemindersLogPage } from './components/RemindersLogPage';
