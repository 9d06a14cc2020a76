import { npmChromium } from '../support/browser';

/**
 * Runs once before any test file: unpacks the npm-shipped Chromium, so parallel test files never
 * race to unpack it into the same folder (and the fallback is exercised on every run).
 */
export default async function setup(): Promise<void> {
  await npmChromium();
}
