/** Before the browser journeys: the web app is built and a Chromium is found (or the run fails saying why). */
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../../scripts/build.mjs';
import { findChromium } from '../helpers/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  project.provide('chromiumPath', await findChromium());
  await ensureBuilt({ only: 'web' });
}
