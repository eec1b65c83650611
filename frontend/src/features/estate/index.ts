export { ClusterDetailPage } from './components/ClusterDetailPage';
export { ClustersPage } from './components/ClustersPage';
export { EstateOverview } from './components/EstateOverview';
export { FirmsPage } from './components/FirmsPage';
export { LeaseDetailPage } from './components/LeaseDetailPage';
export { LeasesPage, MyLeasesPage } from './components/LeasesPage';
export { PlotsPage } from './components/PlotsPage';
export { ProvinceOverviewPage } from './components/ProvinceOverviewPage';
