/**
 * Property tests draw new cases on every developer run (to find new failures), and a fixed set
 * in CI (so that a submission's result does not depend on chance); FC_SEED picks a seed to
 * replay a failure.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261129 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
