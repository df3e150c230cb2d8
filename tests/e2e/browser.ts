import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; a downloaded browser cannot work on these machines. */
export const CHROMIUM = '/usr/bin/chromium';

/** Launches real headless Chromium with the flags this sandbox needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
