// Issue 17 end to end on the fixture, through the local GitHub: a contributors file in the
// sources, a first sync whose pull request a reviewer can read quickly, and the settings users of
// pull-request actions expect (assignees, milestone, auto-merge once, draft always-true,
// delete-branch, the source commits since the previous sync), checked in the request log.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Octokit } from 'octokit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkExchanges } from '../fake-github/contract/checks.js'
import type { FakeGitHub, RequestLogEntry } from '../fake-github/index.js'
import { copyCorpusSource, describeCorpus } from '../support/corpus.js'
import { BRANCH, ENGLISH_ONLY, runLogged, seedSite, startSiteGitHub, syncOptions } from '../support/sync.js'
import { FIXTURE_CONTRIBUTORS_FILE } from '../support/contributors-file.js'

const SITE = 'InnerSourceCommons/innersourcecommons.org'
const CONTRIBUTORS = FIXTURE_CONTRIBUTORS_FILE

describeCorpus('issue 17 on the corpus', () => {
  let gh: FakeGitHub
  let octokit: Octokit
  let sourceDir: string

  beforeAll(async () => {
    gh = await startSiteGitHub()
    // The site allows auto-merge, and its main branch requires a check that has not reported yet
    // (GitHub refuses auto-merge where nothing is pending); GitHub assigns only people with access.
    await seedSite(gh, SITE, {
      allowAutoMerge: true,
      protection: { main: { requiredStatusChecks: { contexts: ['links'] } } },
      collaborators: ['site-maintainer', 'ann'],
    })
    octokit = new Octokit({ auth: gh.token, baseUrl: gh.url, throttle: { enabled: false } })
    await octokit.rest.issues.createMilestone({ owner: 'InnerSourceCommons', repo: 'innersourcecommons.org', title: 'Learning Path 2025' })
    sourceDir = copyCorpusSource()
    mkdirSync(path.join(sourceDir, '.github'))
    writeFileSync(path.join(sourceDir, '.github/learning-path-contributors.yml'), CONTRIBUTORS)
  })
  afterAll(async () => {
    await gh?.close()
    if (sourceDir) rmSync(sourceDir, { recursive: true, force: true })
  })

  const sync = () =>
    runLogged(gh, syncOptions(gh, sourceDir, SITE, { pullRequest: { autoMerge: 'squash', assignees: ['ann', 'stranger'], milestone: 1 } }))
  const mutations = (requests: readonly RequestLogEntry[]) => requests.filter((r) => r.path === '/graphql' && r.write)
  const tables = (body: string) => body.split('\n#### ').slice(1)
  /** The client's requests of the last run (not the test's own), held to GitHub's published contract. */
  const contract = () => {
    const report = checkExchanges(gh.exchanges.filter((e) => e.requestHeaders['user-agent']?.startsWith('learning-path-sync')))
    return { problems: [...report.graphql, ...report.requests, ...report.answers], graphql: [...report.graphqlOperations].sort() }
  }

  describe('the first sync with a contributors file', () => {
    let body = ''

    it('opens one pull request: titles, updated pages first, warnings collapsed, credits explained; auto-merge enabled once', async () => {
      const { result, requests, lines } = await sync()
      expect(result.operation).toBe('created')
      const [pull] = gh.pulls(SITE)
      body = pull.body ?? ''

      // Every update is a list the contributors file changed (the withheld sections are added, lists and all).
      const ruled = new Set(result.credits.rules?.rules.flatMap((r) => r.pages))
      expect(result.counts.updated).toBeGreaterThan(0)
      expect(result.plan.update.filter((u) => !ruled.has(u.path))).toEqual([])
      expect(result.counts.added).toBeGreaterThan(0)
      for (const table of tables(body)) {
        const changes = table
          .split('\n')
          .filter((l) => l.startsWith('| `'))
          .map((l) => l.split(' | ')[3])
        expect(changes.indexOf('added') === -1 || changes.lastIndexOf('updated') < changes.indexOf('added'), table.split('\n')[0]).toBe(
          true,
        )
      }
      expect(body).toContain('| `introduction/02.md` | What Problems Does InnerSource Solve? | en | updated | −Arno M |')
      expect(body).toMatch(/\| `trusted-committer\/01\.md` \| [^—|][^|]* \| en \| added \|/)
      expect(body).toContain('| `introduction/01.md` |')
      expect(body).toMatch(/\| `introduction\/01\.md` \|[^\n]*\+Jane Example/)
      // Warnings in a collapsed section; credits: which rule changed which pages, and the remaining hint.
      expect(result.warnings.length).toBeGreaterThan(0)
      expect(body).toContain(`### Content warnings (${result.warnings.length})\n\n<details><summary>`)
      expect(body).toContain(
        '### Contributor credits\n\n<details><summary><code>.github/learning-path-contributors.yml</code>: 3 rules, 25 pages changed; 1 pair of names that may be one person</summary>',
      )
      expect(body).toContain('- exclude "svc-mesto": 20 pages — ')
      expect(body).toContain('**Yoshitake Kobayashi**')
      expect(body).toContain('_No earlier sync commit on the base branch names a source commit')
      expect(body.length).toBeLessThanOrEqual(65_536)

      // Auto-merge: one mutation, on the new pull request's node id; assignees and milestone set.
      expect(mutations(requests).map((r) => r.operationName)).toEqual(['EnableAutoMerge'])
      expect(pull.autoMerge?.mergeMethod).toBe('SQUASH')
      expect(result.autoMerge).toBe('squash')
      expect(pull.assignees).toEqual(['ann'])
      expect(result.assignees).toEqual(['ann'])
      expect(lines.some((l) => l.includes('GitHub did not assign stranger'))).toBe(true)
      expect(pull.milestone).toBe(1)
      // The sync commit carries the trailer the next sync reads.
      expect(gh.git(SITE, ['log', '-1', '--format=%B', BRANCH])).toContain(
        'Learning-Path-Sync: InnerSourceCommons/InnerSourceLearningPath@8fc38b766e27fcf8e6fa66e62d76a3488ad46e44',
      )
      const rest = requests.filter((r) => r.path !== '/graphql')
      console.info(
        `first sync with the contributors file: ${result.counts.updated} updated, ${result.counts.added} added; body ${body.length} characters; ` +
          `${rest.length} REST requests (${rest.filter((r) => r.write).length} writes), ${mutations(requests).length} GraphQL mutation`,
      )
    })

    it('a rerun with nothing new sends no write and no second auto-merge mutation', async () => {
      const { result, requests } = await sync()
      expect(result.operation).toBe('none')
      expect(requests.filter((r) => r.write)).toEqual([])
      expect(result.autoMerge).toBe('squash')
      expect(gh.pulls(SITE)[0].body).toBe(body)
      console.info(
        `no-op rerun: ${requests.filter((r) => r.path !== '/graphql').length} REST requests, ${requests.filter((r) => r.path === '/graphql').length} GraphQL, 0 writes`,
      )
    })

    it('auto-merge turned off by hand is turned on again, once', async () => {
      const [pull] = gh.pulls(SITE)
      const nodeId = (
        await octokit.rest.pulls.get({ owner: 'InnerSourceCommons', repo: 'innersourcecommons.org', pull_number: pull.number })
      ).data.node_id
      await octokit.graphql('mutation($id: ID!) { disablePullRequestAutoMerge(input: { pullRequestId: $id }) { clientMutationId } }', {
        id: nodeId,
      })
      const first = await sync()
      expect(first.result.operation).toBe('updated')
      expect(mutations(first.requests).map((r) => r.operationName)).toEqual(['EnableAutoMerge'])
      const second = await sync()
      expect(mutations(second.requests)).toEqual([])
    })
  })

  describe('a repository that does not allow auto-merge', () => {
    it('gets its pull request with one warning while a required check is pending, and the run succeeds', async () => {
      // With nothing pending it would be merged at once (tests/publish/merge-when-ready.test.ts).
      await seedSite(gh, 'example/no-auto-merge', { protection: { main: { requiredStatusChecks: { contexts: ['links'] } } } })
      const { result, lines, requests } = await runLogged(
        gh,
        syncOptions(gh, sourceDir, 'example/no-auto-merge', ENGLISH_ONLY, { pullRequest: { autoMerge: 'merge' } }),
      )
      expect(result.operation).toBe('created')
      expect(result.autoMerge).toBeNull()
      expect(result.mergeOutcome).toBe('left-open')
      expect(mutations(requests)).toHaveLength(1)
      const warnings = lines.filter((l) => l.includes('left open (auto-merge: merge)'))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain('Auto merge is not allowed for this repository')
    })
  })

  describe('draft: always-true, delete-branch, and the source changes since the previous sync', () => {
    const REPO = 'example/drafts'
    const run = (commit: string) =>
      runLogged(gh, syncOptions(gh, sourceDir, REPO, { pullRequest: { draft: 'always-true', deleteBranch: true }, source: { commit } }))
    const ready = async () => {
      const [pull] = gh.pulls(REPO).filter((p) => p.state === 'open')
      const nodeId = (await octokit.rest.pulls.get({ owner: 'example', repo: 'drafts', pull_number: pull.number })).data.node_id
      await octokit.graphql('mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { clientMutationId } }', {
        id: nodeId,
      })
    }
    let older: string[] = []

    it('a pull request marked ready stays so on a rerun with nothing new, and is a draft again when the sync pushes', async () => {
      await seedSite(gh, REPO)
      // Start from an older source commit, to have commits to list later.
      const history = await octokit.graphql<{ repository: { object: { history: { nodes: { oid: string }[] } } } }>(
        'query { repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { object(expression: "main") { ... on Commit { history(first: 3) { nodes { oid } } } } } }',
      )
      older = history.repository.object.history.nodes.map((n) => n.oid)
      const created = await run(older[2])
      expect(created.result.operation).toBe('created')
      expect(gh.pulls(REPO)[0].draft).toBe(true)

      await ready()
      const unchanged = await run(older[2])
      expect(unchanged.result.operation).toBe('none')
      expect(gh.pulls(REPO)[0].draft).toBe(false)

      const file = path.join(sourceDir, 'introduction/03-how-works.asciidoc')
      writeFileSync(file, readFileSync(file, 'utf8') + '\nA sentence added by the test.\n')
      const pushed = await run(older[2])
      expect(pushed.result.operation).toBe('updated')
      // The branch moved from the head the run checked (updateRefs), then the pull request made a draft again.
      expect(mutations(pushed.requests).map((r) => r.operationName)).toEqual(['UpdateRefs', 'ConvertToDraft'])
      expect(contract()).toEqual({
        problems: [],
        graphql: ['CommitDetails', 'CommitHistory', 'CommitHistoryAndDetails', 'ConvertToDraft', 'SiteState', 'UpdateRefs'],
      })
      expect(gh.pulls(REPO)[0].draft).toBe(true)
      expect(pushed.result.draft).toBe(true)
    })

    it('after the merge, the next pull request lists the source commits since, and an empty one is closed with its branch deleted', async () => {
      // Merge by fast-forward: the sync commit, trailer included, is now on the base.
      gh.git(REPO, ['update-ref', 'refs/heads/main', BRANCH])
      const closed = await run(older[2])
      expect(closed.result.operation).toBe('closed')
      expect(closed.result.branchDeleted).toBe(true)
      expect(gh.git(REPO, ['branch', '--list', BRANCH]).trim()).toBe('')
      // Deleted from the head the run checked: updateRefs to the zero SHA.
      const deletion = gh.exchanges.filter((e) => e.path === '/graphql' && e.requestBody.includes('mutation UpdateRefs')).at(-1)
      expect(JSON.parse(deletion!.requestBody).variables.refUpdates).toEqual([
        { name: `refs/heads/${BRANCH}`, beforeOid: expect.stringMatching(/^[0-9a-f]{40}$/), afterOid: '0'.repeat(40), force: true },
      ])

      // New source content, synced from the newest commit: the body lists the two commits after older[2].
      const file = path.join(sourceDir, 'introduction/03-how-works.asciidoc')
      writeFileSync(file, readFileSync(file, 'utf8') + '\nAnother sentence.\n')
      const next = await run(older[0])
      expect(next.result.operation).toBe('created')
      const body = gh.pulls(REPO).at(-1)?.body ?? ''
      expect(next.result.sourceChanges).toMatchObject({ previous: older[2], commits: [{ oid: older[0] }, { oid: older[1] }] })
      expect(body).toContain(`Since the previous sync ([\`${older[2].slice(0, 7)}\`](`)
      expect(body).toContain(`/compare/${older[2]}...${older[0]}`)
      expect(body).toContain(`- [\`${older[1].slice(0, 7)}\`](${gh.url}/InnerSourceCommons/InnerSourceLearningPath/commit/${older[1]})`)
      const reads = next.requests.filter((r) => r.operationName === 'SourceCommits')
      expect(reads).toHaveLength(1)
      expect(contract()).toEqual({
        problems: [],
        graphql: ['CommitDetails', 'CommitHistory', 'CommitHistoryAndDetails', 'SiteState', 'SourceCommits'],
      })
    })
  })
})
