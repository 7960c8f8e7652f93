#!/usr/bin/env node
// The kepu command: a one-file bundle of src/cli/main.ts built by `npm run build`.
import { main } from '../dist/cli/kepu.js';

await main(process.argv);
