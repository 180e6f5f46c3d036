// Contributors from the source checkout's own `git log`, offline, for previews.
//
// An approximation of the `github` provider, documented as such: git knows no profile names
// (the mailmapped git name is shown), no reviewers, and links an author to an account only
// through a GitHub noreply email. A shallow clone (actions/checkout's default depth 1) sees
// only the latest commit, so it is warned about.
import type { CommitSummary, ContributorProvider, CreditResult } from '../shared/types.js'
import { commitPeople, type CommitRecord } from './credit-rule.js'
import { runGit } from './git-command.js'
import { GIT_LOG_FORMAT, gitAuthor, parseContact, parseGitLog } from './git-log.js'
import { creditWithRules, IdentityRules } from './identity-rules.js'
import { type Logger } from '../shared/logger.js'
import type { SyncOptions } from '../shared/option-table.js'
import { OptionError } from '../shared/user-error.js'

export class GitContributorProvider implements ContributorProvider {
  readonly kind = 'git' as const

  /**
   * Reads the log of `source.dir`, a checkout (or a folder inside one) that credited paths are
   * relative to; the contributors file's aliases and exclusions (`rules`) apply as it credits.
   */
  constructor(
    private readonly source: Pick<SyncOptions['source'], 'dir'>,
    private readonly logger: Logger,
    private readonly rules: IdentityRules = IdentityRules.NONE,
  ) {}

  /** `input`: written to git's standard input (names and emails go there, never among the arguments). */
  private async git(args: string[], input?: string): Promise<string> {
    try {
      return await runGit(this.source.dir, args, input)
    } catch (error) {
      throw new OptionError('contributors', `git needs a git checkout at ${this.source.dir}: ${(error as Error).message}`)
    }
  }

  async credit(sourcePaths: readonly string[]): Promise<CreditResult> {
    const paths = [...new Set(sourcePaths)]
    const result: CreditResult = { contributors: new Map(), failures: [], stats: { requests: 0, points: 0 } }
    if (paths.length === 0) return result
    if ((await this.git(['rev-parse', '--is-shallow-repository'])).trim() === 'true') {
      this.logger.warning(
        'contributors: the source checkout is a shallow clone, so contributor lists only see its latest commits (check out with fetch-depth: 0)',
      )
    }
    // One log for all files: `--relative` keeps paths relative to sourceDir; `%aN`/`%aE` honour .mailmap.
    const log = parseGitLog(await this.git(['log', '--relative', '--name-only', `--format=${GIT_LOG_FORMAT}`, '--', ...paths]))
    const coAuthors = await this.mailmapContacts(log.flatMap((entry) => entry.coAuthors))

    const histories = new Map<string, CommitRecord[]>(paths.map((path) => [path, []]))
    const history = new Map<string, CommitSummary[]>(paths.map((path) => [path, []]))
    const rewrite = this.rules.rewriter()
    for (const entry of log) {
      const authors = [
        gitAuthor(entry.author),
        ...entry.coAuthors
          .map((text) => coAuthors.get(text))
          .filter((c) => c !== undefined)
          .map((c) => gitAuthor(c)),
      ]
      const record: CommitRecord = { oid: entry.oid, authors, reviewers: [] }
      const people = commitPeople(record, rewrite)
      for (const file of entry.files) {
        histories.get(file)?.push(record)
        history.get(file)?.push({ oid: entry.oid, date: entry.date, headline: entry.headline, authors: people })
      }
    }
    const rules = this.rules
    for (const [path, records] of histories) {
      const { contributors, changedBy } = creditWithRules(records, rules)
      result.contributors.set(path, contributors)
      if (changedBy.length > 0) (result.changedBy ??= new Map()).set(path, changedBy)
    }
    result.history = history
    this.logger.info(`contributors: ${paths.length} files credited from the local git log (${log.length} commits; no reviewers)`)
    return result
  }

  /**
   * Co-author trailers through .mailmap, in one `git check-mailmap --stdin` call. On its
   * standard input, one per line: as arguments, a trailer `Co-authored-by: -h <evil@example.com>`
   * was an option to git and failed every run (issue 21). A contact holding a line break cannot
   * be one line, so it stays as written.
   */
  private async mailmapContacts(texts: readonly string[]): Promise<Map<string, { name: string; email: string }>> {
    const contacts = new Map<string, { name: string; email: string }>()
    for (const text of texts) {
      const contact = parseContact(text)
      if (contact) contacts.set(text, contact)
    }
    const asWritten = [...contacts]
      .map(([text, c]) => ({ text, line: c.name ? `${c.name} <${c.email}>` : `<${c.email}>` }))
      .filter(({ line }) => !/[\r\n\0]/.test(line))
    if (asWritten.length === 0) return contacts
    const mapped = (await this.git(['check-mailmap', '--stdin'], asWritten.map(({ line }) => `${line}\n`).join(''))).split('\n')
    asWritten.forEach(({ text }, i) => {
      const contact = parseContact(mapped[i] ?? '')
      if (contact) contacts.set(text, contact)
    })
    return contacts
  }
}
