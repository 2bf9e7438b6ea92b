/**
 * Debian's Chromium through playwright-core. Never downloads a browser: set
 * CHROMIUM_PATH to use another binary.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const CHROMIUM_MISSING = `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`;

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * In CI a missing browser is a failure (the suite must not pass by skipping);
 * elsewhere the browser tests are skipped with the same message (written to
 * stderr once per file).
 */
export function browserTestMode(): { skip: boolean; reason: string | null } {
  if (chromiumAvailable()) return { skip: false, reason: null };
  if (process.env.CI) return { skip: false, reason: CHROMIUM_MISSING };
  if (!skipAnnounced) {
    // Visible in the run's output, next to the skipped suites.
    process.stderr.write(`[e2e] skipped: ${CHROMIUM_MISSING}\n`);
    skipAnnounced = true;
  }
  return { skip: true, reason: CHROMIUM_MISSING };
}
let skipAnnounced = false;

export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable()) throw new Error(CHROMIUM_MISSING);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
