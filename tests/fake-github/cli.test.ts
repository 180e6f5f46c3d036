import { spawn, type ChildProcess } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_REPOSITORY, exampleHistory } from '../support/example-history.js'
import { parseCliArgs } from './cli-args.js'
import { CORPUS_HISTORY, CORPUS_WEBSITE, describeCorpus } from '../support/corpus.js'
import { REPO_ROOT } from '../support/repo-root.js'
let child: ChildProcess | undefined
afterEach(() => {
  child?.kill('SIGTERM')
  child = undefined
})

/** Starts `npm run fake-github -- args` (as node directly, which is what the script runs) and waits for the URL. */
function startCli(args: string[]): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'tests/fake-github/cli.ts', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const line = out.split('\n').find((l) => l.startsWith('http://'))
      if (line) resolve(line.trim())
    })
    child!.stderr!.on('data', (d: Buffer) => (err += d.toString()))
    child!.on('exit', (code) => reject(new Error(`fake-github exited with ${code}: ${err}`)))
  })
}

describeCorpus('the command line', () => {
  it('serves the history and a repository made from a folder, with the given token, until stopped', async () => {
    const url = await startCli([
      '--token',
      'cli-token',
      '--history',
      CORPUS_HISTORY,
      '--repo',
      `InnerSourceCommons/innersourcecommons.org=${CORPUS_WEBSITE}:content/en/learn/learning-path`,
    ])
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const headers = { authorization: 'token cli-token' }
    const file = await fetch(
      `${url}/repos/InnerSourceCommons/innersourcecommons.org/contents/content/en/learn/learning-path/introduction/_index.md`,
      { headers },
    )
    expect(file.status).toBe(200)
    const graphql = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: '{ repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { defaultBranchRef { name } } }',
      }),
    })
    expect(await graphql.json()).toEqual({ data: { repository: { defaultBranchRef: { name: 'main' } } } })
    expect((await fetch(`${url}/user`, { headers: { authorization: 'token test-token' } })).status).toBe(401)
  })
})

describe('the command line without the corpus', () => {
  it('--example-history serves the history made for the example; --repo without a folder makes a repository with a README', async () => {
    const url = await startCli(['--example-history', '--repo', 'octo/site'])
    const headers = { authorization: 'token test-token' }
    const readme = await fetch(`${url}/repos/octo/site/contents/README.md`, { headers })
    expect(readme.status).toBe(200)
    const [owner, name] = EXAMPLE_REPOSITORY.split('/')
    const graphql = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: `{ repository(owner: "${owner}", name: "${name}") { object(expression: "main") { ... on Commit { history(path: "getting-started/01-why-share.asciidoc") { totalCount } } } } }`,
      }),
    })
    const counted = exampleHistory().history['getting-started/01-why-share.asciidoc'].length
    expect(await graphql.json()).toEqual({ data: { repository: { object: { history: { totalCount: counted } } } } })
  })
})

describe('command line arguments', () => {
  it('reads every option, repeated repositories and their prefixes', () => {
    expect(
      parseCliArgs([
        '--port',
        '8080',
        '--token',
        't',
        '--history',
        'h.json',
        '--latency',
        '20',
        '--tree-entries',
        '50',
        '--repo',
        'a/b=dir',
        '--repo',
        'c/d=site:content/en',
        '--repo',
        'e/f',
      ]),
    ).toEqual({
      help: false,
      exampleHistory: false,
      port: 8080,
      token: 't',
      history: 'h.json',
      latencyMs: 20,
      treeEntries: 50,
      repos: [{ name: 'a/b', dir: 'dir' }, { name: 'c/d', dir: 'site', prefix: 'content/en' }, { name: 'e/f' }],
    })
    expect(parseCliArgs(['--example-history']).exampleHistory).toBe(true)
  })

  it('refuses two histories', () => {
    expect(() => parseCliArgs(['--history', 'h.json', '--example-history'])).toThrow('give --history FILE or --example-history, not both')
  })

  it('refuses a malformed --repo or number', () => {
    expect(() => parseCliArgs(['--repo', 'just-a-name'])).toThrow('--repo wants OWNER/NAME[=DIR[:PREFIX]], got just-a-name')
    expect(() => parseCliArgs(['--repo', 'a=dir'])).toThrow(/--repo wants/)
    expect(() => parseCliArgs(['--port', 'eighty'])).toThrow('--port wants a whole number, got eighty')
  })
})
