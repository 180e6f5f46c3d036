// Every shell command of README.md, CONTRIBUTING.md and docs/*.md that needs no token runs as
// written, in their order (scripts/documents.mjs), in a clone of this repository: the commands a
// maintainer copies must work. A command is left out
// only when it needs a token (it shows a `...` placeholder) or is listed in NOT_RUN with why.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { documentFiles } from '../../scripts/documents.mjs'
import { REPO_ROOT as ROOT } from '../support/repo-root.js'

/** Commands that need no token but are not run here, and why: a command, or it with any arguments. */
const NOT_RUN: Record<string, string> = {
  'npm ci': 'the install itself: this test runs in the installed checkout, and .ci/run runs it from scratch',
  'npm test': 'the command that runs this test',
  'npm run lint': 'npm test runs it before the tests start, so it has passed by the time this test runs',
  'npm run bench': 'minutes of benchmark on the real corpus; tests/bench/smoke.test.ts runs it small',
}

/** A command that serves until stopped: started in the background, kept until the end. */
const isServer = (command: string) => command.startsWith('npm run fake-github')
/** A placeholder the reader fills in with their token (`GITHUB_TOKEN=...`). */
const needsToken = (command: string) => /=\.\.\.(\s|$)/.test(command)

/** The commands of a document's sh blocks: continued lines joined, comment lines dropped. */
function readmeCommands(readme: string): string[] {
  const commands: string[] = []
  for (const block of readme.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```$/gm)) {
    let pending = ''
    for (const line of block[1].split('\n')) {
      if (pending === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue
      pending += line
      if (line.endsWith('\\')) {
        pending += '\n'
        continue
      }
      commands.push(pending.trim())
      pending = ''
    }
  }
  return commands
}

/** The text a command is known by in NOT_RUN: the command without its trailing comment. */
const bare = (command: string) => command.replace(/\s+#.*$/, '').trim()

const commands = documentFiles(ROOT).flatMap((name) => readmeCommands(readFileSync(path.join(ROOT, name), 'utf8')))
/** The NOT_RUN entry a command falls under, if any. */
const notRunAs = (command: string) => Object.keys(NOT_RUN).find((known) => bare(command) === known || bare(command).startsWith(`${known} `))
const toRun = commands.filter((c) => !needsToken(c) && notRunAs(c) === undefined)

let work: string | undefined
const servers: ChildProcess[] = []
afterAll(() => {
  for (const server of servers) {
    // The server runs as its own process group (bash, npm, node): end that group, by its id.
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
  }
  if (work) rmSync(work, { recursive: true, force: true })
})

/** A clone of this repository with the working tree's files, sharing node_modules. */
function cloneOfThisRepository(): string {
  work = mkdtempSync(path.join(tmpdir(), 'lps-readme-'))
  const clone = path.join(work, 'learning-path-sync')
  execFileSync('git', ['clone', '--quiet', ROOT, clone])
  // Files changed or added and not yet committed, so the test sees what is being worked on.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
  for (const file of files.split('\0').filter(Boolean)) {
    try {
      cpSync(path.join(ROOT, file), path.join(clone, file))
    } catch {
      // A file deleted in the working tree: the clone keeps its committed copy.
    }
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'))
  return clone
}

function startServer(command: string, cwd: string): Promise<string> {
  const child = spawn('bash', ['-c', command], { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  servers.push(child)
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const url = /^http:\/\/127\.0\.0\.1:\d+$/m.exec(out)
      if (url) resolve(url[0])
    })
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (code) => reject(new Error(`${command}\nexited with ${code}:\n${out}${err}`)))
  })
}

function run(command: string, cwd: string): Promise<{ status: number; output: string }> {
  const child = spawn('bash', ['-c', command], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({ status: code ?? -1, output })))
}

describe('the commands of README.md, CONTRIBUTING.md and docs/', () => {
  it('are found, and every one left out needs a token or is listed with its reason', () => {
    expect(commands.length).toBeGreaterThan(10)
    const leftOut = commands.filter((c) => !toRun.includes(c))
    // Each NOT_RUN entry stands for a command the documents have; nothing else is left out.
    const notRun = leftOut.filter((c) => !needsToken(c))
    expect(notRun.every((c) => notRunAs(c) !== undefined)).toBe(true)
    expect([...new Set(notRun.map(notRunAs))].sort()).toEqual(Object.keys(NOT_RUN).sort())
    expect(leftOut.filter(needsToken)).toEqual([expect.stringMatching(/^GITHUB_TOKEN=\.\.\. node dist\/cli\.js sync /)])
  })

  it('run as written, in order, in a clone of the repository', async () => {
    const clone = cloneOfThisRepository()
    // A server the README starts on a port runs here on a free one (port 0): the commands after
    // it reach it at the address it printed instead of the one the README shows.
    const addresses = new Map<string, string>()
    const atFreePorts = (command: string) =>
      [...addresses].reduce((text, [documented, actual]) => text.split(documented).join(actual), command)
    for (const command of toRun) {
      if (isServer(command)) {
        const port = /--port (\d+)/.exec(command)?.[1]
        const url = await startServer(command.replace(/--port \d+/, '--port 0'), clone)
        if (port) addresses.set(`http://127.0.0.1:${port}`, url)
        // .env.example, which a later command copies to .env for the local runner, names the same address.
        const example = path.join(clone, '.env.example')
        writeFileSync(example, atFreePorts(readFileSync(example, 'utf8')))
        continue
      }
      const { status, output } = await run(atFreePorts(command), clone)
      expect(status, `${command}\n${output}`).toBe(0)
      expect(output, command).not.toMatch(/^::error/m)
    }
    // What the commands left behind: the example's pages, and requests the local GitHub logged.
    expect(readFileSync(path.join(clone, 'out', 'getting-started', '01.md'), 'utf8')).toMatch(/^title: Why share code inside a company\?$/m)
    expect(addresses.size).toBeGreaterThan(0)
    const [served] = addresses.values()
    const requests = (await run(`curl -s ${served}/_fake/requests`, clone)).output
    expect((JSON.parse(requests) as { path: string }[]).some((r) => r.path === '/graphql')).toBe(true)
  }, 600_000)
})
