#!/usr/bin/env node
// The build's first step: empties dist/, so that what it holds (and what
// dist/integrity.json, the npm package and the release archive list) is only
// what this build writes, never a file an earlier build left.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
