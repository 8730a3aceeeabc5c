// Shared test setup: DOM matchers for component tests (harmless in node-environment suites).
import '@testing-library/jest-dom/vitest';
import { loadCatalog, loadLate } from '../src/i18n/catalogs.ts';

// The app fetches the English catalog on demand; component tests render English at once, so it is here before any.
await loadCatalog('en');
// Component tests render lazily loaded parts (the add dialog, the overview) directly, without their loaders.
await loadLate();

// Lazily loaded parts (dialogs, lists) arrive after a dynamic import: on a busy two-core machine that can take more
// than Testing Library's default second.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });
