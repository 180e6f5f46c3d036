import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most suites wait on processes and the local GitHub rather than compute: on a 2-core
    // machine vitest's default (cores - 1) ran them one file at a time, 536 s; two at once, 348 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
})
