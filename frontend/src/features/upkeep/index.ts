export { AssetDetailPage } from './components/AssetDetailPage';
export { AssetsPage } from './components/AssetsPage';
export { FundStatementPage } from './components/FundStatementPage';
export { SchedulesPage } from './components/SchedulesPage';
