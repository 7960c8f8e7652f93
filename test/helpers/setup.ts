/**
 * Property tests draw a fixed set of cases, so that `npm test` on a fresh clone, and CI, do not
 * depend on chance; FC_SEED=random draws new ones (to look for new failures), FC_SEED=N replays
 * the seed a failure printed.
 */
import fc from 'fast-check';

const chosen = process.env.FC_SEED;
const seed = chosen === 'random' ? undefined : chosen ? Number(chosen) : 20261129;
if (seed !== undefined) fc.configureGlobal({ seed });
