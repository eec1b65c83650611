export { TenantsPage } from './components/TenantsPage';
