export { canSearch, GlobalSearch, SearchButton, useSearchHotkey } from './components/GlobalSearch';
