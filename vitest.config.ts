import { defineConfig } from 'vitest/config';

/**
 * Apps Script words its service exceptions in the user's language, so the add-on must work
 * whatever they say: the runtime tests and the add-on's end-to-end tests run once more with the
 * runtime speaking Spanish, and the runtime tests once more in Portuguese
 * (tests/support/runtime.ts reads OFFSEASON_LANGUAGE).
 */
const IN_EVERY_LANGUAGE = [
  'tests/runtime/**/*.test.ts',
  'tests/gas/**/*.test.ts',
  'tests/ui/**/*.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'en', include: ['tests/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'es',
          include: IN_EVERY_LANGUAGE,
          // It runs every language itself.
          exclude: ['tests/gas/languages.test.ts'],
          env: { OFFSEASON_LANGUAGE: 'es' },
        },
      },
      {
        extends: true,
        test: {
          name: 'pt',
          include: ['tests/runtime/**/*.test.ts'],
          env: { OFFSEASON_LANGUAGE: 'pt' },
        },
      },
    ],
  },
});
