import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for the page to catch up; on a loaded machine that can take seconds, not the default 1 s.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => cleanup());
