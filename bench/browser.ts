/** Debian's Chromium driven by playwright-core, for the dashboard's browser tests and bench:serve. */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Debian's Chromium, which the project's set-up installs (scripts/chromium.sh). */
export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const NO_CHROMIUM = `no Chromium at ${CHROMIUM}: run scripts/chromium.sh (as root) to install Debian's chromium`;

/** Headless Chromium with the flags a closed network needs (Playwright gives each launch a fresh profile). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
