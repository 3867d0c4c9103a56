#!/usr/bin/env node
// The installed command. The TypeScript sources are compiled to build/ by `npm ci` (the prepare script).
import { main } from '../build/src/cli.js';

await main();
