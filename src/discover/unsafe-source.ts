import { UserError } from '../shared/user-error.js'

// The sources are text in a git repository, checked out next to the runner's credentials:
// `actions/checkout` keeps the workflow's token in `.git/config`. A symbolic link among the
// sources (even one that stays inside the source folder, such as `../.git/config`) would
// carry such a file onto the website, so every link is refused and `.git/` is never read.
//
// Every refusal is made here, as an UnsafeSourceError that names the file: discovery catches it
// as that file's content error, so a link fails its own pages, not the run
// (tests/cli/content-errors.e2e.test.ts).

/** A source that must not be read: a symbolic link, or a path inside `.git/`. */
export class UnsafeSourceError extends UserError {
  constructor(
    /** POSIX path of the offending entry, relative to the source root (or as the user gave it). */
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`)
    this.name = 'UnsafeSourceError'
  }
}

/** A symbolic link met on the way to a source (the file itself or a folder above it). */
export function refuseLink(file: string): UnsafeSourceError {
  return new UnsafeSourceError(
    file,
    'a symbolic link: the sources must be plain files and folders (a link could publish a file of the runner, such as .git/config, on the website); remove the link or replace it with the file',
  )
}

/** A path inside git's own folder, which holds the checkout's credentials. */
export function refuseGitPath(file: string): UnsafeSourceError {
  return new UnsafeSourceError(file, "inside .git/: the sync never reads git's own files (they can hold the workflow's token)")
}

/** Whether a path (POSIX or native separators) goes through a `.git` folder or names one. */
export function isGitPath(path: string): boolean {
  return path.split(/[\\/]/).some((part) => part.toLowerCase() === '.git')
}
