export { saveLanguage } from './api/save-language';
export { ProfilePage } from './components/ProfilePage';
