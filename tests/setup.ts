// Shared test setup: DOM matchers for component tests (harmless in node-environment suites).
import '@testing-library/jest-dom/vitest';
import { loadCatalog } from '../src/i18n/catalogs.ts';

// The app fetches the English catalog on demand; component tests render English at once, so it is here before any.
await loadCatalog('en');
