import { OptionError } from '../shared/user-error.js'

/**
 * The folder of the pages inside the site repository, as a clean POSIX prefix: `''` for the
 * repository root (`.`), else without leading `./` or trailing `/`. Refuses paths that could
 * reach outside the repository.
 */
export function normalizeTargetPath(targetPath: string): string {
  const raw = targetPath.trim()
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || raw.includes('\\')) {
    throw new OptionError('target-path', `'${targetPath}' must be a relative POSIX path inside the site repository`)
  }
  const parts = raw.split('/').filter((part) => part !== '' && part !== '.')
  if (parts.includes('..')) throw new OptionError('target-path', `'${targetPath}' must not contain '..'`)
  return parts.join('/')
}

/** A page's repository path: the target folder joined with the page's relative path. */
export function joinTargetPath(target: string, relPath: string): string {
  return target === '' ? relPath : `${target}/${relPath}`
}
