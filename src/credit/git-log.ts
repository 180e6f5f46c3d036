// Reading `git log --name-only` output: pure parsing, and the GitHub facts an email reveals.
import type { CommitAuthor } from './credit-rule.js'

const RECORD = '\x1e'
const FIELD = '\x1f'

/**
 * `--format` for {@link parseGitLog}: oid, mailmapped author name and email, committer date,
 * subject, then each `Co-authored-by` trailer value as a further field.
 */
export const GIT_LOG_FORMAT = `%x1e%H%x1f%aN%x1f%aE%x1f%cI%x1f%s%x1f%(trailers:key=Co-authored-by,valueonly,separator=%x1f)`

export interface GitLogEntry {
  oid: string
  author: { name: string; email: string }
  /** Committer date, ISO 8601. */
  date: string
  /** The subject line. */
  headline: string
  /** Co-authors as written in the trailers: `Name <email>`. */
  coAuthors: string[]
  /** Changed files, relative to the directory git ran in. */
  files: string[]
}

/** Undo git's C-style quoting of unusual paths (`"a\"b"`, octal escapes for bytes). */
export function unquoteGitPath(line: string): string {
  if (!line.startsWith('"') || !line.endsWith('"')) return line
  const bytes: number[] = []
  const body = line.slice(1, -1)
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 }
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'))
      continue
    }
    const next = body[i + 1]
    if (/[0-7]/.test(next ?? '')) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8))
      i += 3
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0))
      i += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

export function parseGitLog(output: string): GitLogEntry[] {
  const entries: GitLogEntry[] = []
  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue
    const [header, ...rest] = record.split('\n')
    const [oid, name, email, date, headline, ...trailers] = header.split(FIELD)
    entries.push({
      oid,
      author: { name, email },
      date,
      headline,
      coAuthors: trailers.map((t) => t.trim()).filter(Boolean),
      files: rest.filter((line) => line.length > 0).map(unquoteGitPath),
    })
  }
  return entries
}

/**
 * `Name <email>` → its parts; null when the text is not of that shape: what
 * `/^(.*?)\s*<([^<>]*)>\s*$/` took, read from the end instead. The expression tried every
 * length of the name against every blank after it (`a`, 100,000 spaces, `b` took 4.5 s, issue 21).
 */
export function parseContact(text: string): { name: string; email: string } | null {
  const trimmed = text.trim()
  if (!trimmed.endsWith('>')) return null
  const open = trimmed.lastIndexOf('<')
  const email = trimmed.slice(open + 1, -1)
  const name = trimmed.slice(0, Math.max(open, 0))
  // `.` of the expression: the name is one line (blanks before the `<`, line breaks too, are not the name).
  if (open < 0 || email.includes('>') || /[\n\r\u2028\u2029]/.test(name.trimEnd())) return null
  return { name: name.trim(), email: email.trim() }
}

/** The GitHub login of a noreply address (`123+login@…` or `login@users.noreply.github.com`). */
export function loginFromNoreplyEmail(email: string): string | null {
  const match = /^(?:\d+\+)?([^@+]+)@users\.noreply\.github\.com$/i.exec(email.trim())
  return match ? match[1] : null
}

/**
 * An author as the credit rule wants them, from git alone: the only link to an account git
 * knows of is a noreply email; no profile names, so the (mailmapped) git name is shown.
 */
export function gitAuthor(contact: { name: string; email: string }, webUrl = 'https://github.com'): CommitAuthor {
  const login = loginFromNoreplyEmail(contact.email)
  return {
    name: contact.name,
    email: contact.email,
    user: login ? { login, name: null, url: `${webUrl}/${login}`, type: 'User' } : null,
  }
}
