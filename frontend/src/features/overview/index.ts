export { OverviewPage } from './components/OverviewPage';
export { ProvinceOverviewPage } from './components/ProvinceOverviewPage';
