export { AssetDetailPage } from './components/AssetDetailPage';
export { AssetsPage } from './components/AssetsPage';
export { CalendarPage } from './components/CalendarPage';
export { FundStatementPage } from './components/FundStatementPage';
export { SchedulesPage } from './components/SchedulesPage';
