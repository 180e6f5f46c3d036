// The CLI's `sync` and the action share one engine: same input, same pull request.
import { afterAll, expect, it } from 'vitest'
import { contractViolations } from '../fake-github/contract/checks.js'
import type { FakeGitHub } from '../fake-github/index.js'
import { CORPUS_SOURCE, describeCorpus, historyIndex } from '../support/corpus.js'
import { runAction } from '../support/run-action.js'
import { seedSite, startSiteGitHub } from '../support/sync.js'
import { runCli } from '../support/run-cli.js'

const SITE = 'InnerSourceCommons/innersourcecommons.org'
const SOURCE_HEAD = '8fc38b766e27fcf8e6fa66e62d76a3488ad46e44'
const servers: FakeGitHub[] = []

async function seeded(): Promise<FakeGitHub> {
  const gh = await startSiteGitHub()
  servers.push(gh)
  await seedSite(gh, SITE)
  return gh
}

describeCorpus('the CLI and the action', () => {
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()))
  })

  it('gives the same branch tree, pull request and counts as the action', async () => {
    const [forCli, forAction] = [await seeded(), await seeded()]
    const source = historyIndex()
    // Asynchronous on purpose: the local GitHub answers from this very process.
    const cli = await runCli(
      [
        'sync',
        '--source',
        CORPUS_SOURCE,
        '--target',
        SITE,
        '--source-repository',
        source.repository,
        '--source-commit',
        SOURCE_HEAD,
        '--labels',
        'learning-path',
        '--json',
      ],
      { ...process.env, GITHUB_TOKEN: forCli.token, GITHUB_API_URL: forCli.url, LEARNING_PATH_SYNC_FAST_RETRIES: '1' },
    )
    expect(cli.status, cli.stderr).toBe(0)
    const viaCli = JSON.parse(cli.stdout) as {
      operation: string
      changedFiles: string[]
      counts: Record<string, number>
      staleTranslations: number | null
    }

    const action = await runAction({
      inputs: { token: forAction.token, 'source-path': CORPUS_SOURCE, 'target-repository': SITE, labels: 'learning-path' },
      eventName: 'push',
      event: { after: SOURCE_HEAD },
      repository: source.repository,
      sha: SOURCE_HEAD,
      apiUrl: forAction.url,
    })
    expect(action.exitCode, action.stdout).toBe(0)

    expect(viaCli.operation).toBe(action.outputs.operation)
    expect(viaCli.changedFiles.join('\n')).toBe(action.outputs['changed-files'])
    expect(String(viaCli.counts.added)).toBe(action.outputs['added-count'])
    // The content health report's count, from the same commit histories.
    expect(viaCli.staleTranslations).toBe(35)
    expect(action.outputs['stale-translations']).toBe('35')
    const tree = (gh: FakeGitHub) => gh.git(SITE, ['rev-parse', 'refs/heads/learning-path-sync^{tree}']).trim()
    expect(tree(forCli)).toBe(tree(forAction))
    const [pullCli] = forCli.pulls(SITE)
    const [pullAction] = forAction.pulls(SITE)
    expect(pullCli.title).toBe(pullAction.title)
    // The bodies link to the (local) GitHub that served them; each test server has its own port.
    const portless = (body: string | null, gh: FakeGitHub) => (body ?? '').split(gh.url).join('http://github.test')
    expect(portless(pullCli.body, forCli)).toBe(portless(pullAction.body, forAction))
    expect(pullCli.labels).toEqual(pullAction.labels)
    // Both talked to GitHub within its published contract.
    expect(contractViolations(forCli.exchanges)).toEqual([])
    expect(contractViolations(forAction.exchanges)).toEqual([])
  })
})
