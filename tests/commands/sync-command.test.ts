// The `sync` command in-process: options, exclusive targets, and the --json result on stdout.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { UsageError } from '../../src/commands/args.js'
import { runSyncCommand } from '../../src/commands/sync-command.js'
import type { FakeGitHub } from '../fake-github/index.js'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { REPO_ROOT } from '../support/repo-root.js'
import { seedSite, startSiteGitHub, TARGET } from '../support/sync.js'

const SITE = 'example/site'
/** The project's own example: enough for the option checks, which never read it. */
const EXAMPLE = path.join(REPO_ROOT, 'examples/learning-path')

/** Runs the command with the given environment, returning its exit code and what it printed on stdout. */
async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string }> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
  Object.assign(process.env, env)
  const chunks: string[] = []
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    return { code: await runSyncCommand(argv), stdout: chunks.join('') }
  } finally {
    out.mockRestore()
    err.mockRestore()
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

describe('learning-path-sync sync', () => {
  it('--help lists the options', async () => {
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(0)
    for (const flag of [
      '--source-path DIR',
      '--target-repository OWNER/NAME',
      '--out DIR',
      '--target-path',
      '--base',
      '--branch',
      '--dry-run',
      '--json',
      '--labels',
      '--reviewers',
      '--draft',
      '--site-languages-file PATH',
      '--unconfigured-languages skip|write',
      '--rewrite-section-links',
    ]) {
      expect(stdout).toContain(flag)
    }
  })

  it('needs exactly one of --target and --out', async () => {
    await expect(run(['--source', EXAMPLE])).rejects.toBeInstanceOf(UsageError)
    await expect(run(['--source', EXAMPLE, '--target', SITE, '--out', '/tmp/x'])).rejects.toThrow('exactly one of --target')
  })

  describeCorpus('against the local GitHub', () => {
    let gh: FakeGitHub
    beforeAll(async () => {
      gh = await startSiteGitHub()
      await seedSite(gh, SITE)
    })
    afterAll(async () => {
      await gh?.close()
    })

    it('--dry-run --json prints one JSON object with the result and writes nothing', async () => {
      gh.clearRequests()
      const { code, stdout } = await run(
        [
          '--source',
          CORPUS_SOURCE,
          '--target',
          SITE,
          '--dry-run',
          '--json',
          '--languages',
          'en',
          '--source-repository',
          'InnerSourceCommons/InnerSourceLearningPath',
        ],
        { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url, LEARNING_PATH_SYNC_FAST_RETRIES: '1' },
      )
      expect(code).toBe(0)
      expect(stdout.trim().split('\n')).toHaveLength(1)
      const json = JSON.parse(stdout)
      expect(json).toMatchObject({
        operation: 'none',
        dryRun: true,
        pullRequestNumber: null,
        counts: { updated: 0, deleted: 0, protected: 0 },
      })
      expect(json.counts.added).toBeGreaterThan(0)
      expect(json.changedFiles).toContain(`${TARGET}/trusted-committer/01.md`)
      expect(json.changedFiles.every((f: string) => !/\.[a-z-]+\.md$/.test(f))).toBe(true)
      expect(json.diff).toContain(`+++ b/${TARGET}/trusted-committer/01.md`)
      // English only: no translation's history was read, so the stale count says nothing.
      expect(json.staleTranslations).toBeNull()
      expect(gh.requests.filter((r) => r.write)).toEqual([])
    })
  })
})
