import { configure } from '@testing-library/react';

// The app analyses its files in a worker-like module that imports the domain packages on first use; on a
// loaded 2-core CI machine that first import alone can take seconds, so `findBy…`/`waitFor` wait up to
// 15 s instead of Testing Library's default 1 s. A test that fails still fails: the wait only ends sooner.
configure({ asyncUtilTimeout: 15_000 });
