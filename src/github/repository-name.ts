import { OptionError } from '../shared/user-error.js'

/** A repository on GitHub, as its API names it in every route: `/repos/{owner}/{repo}`. */
export interface RepositoryName {
  owner: string
  name: string
}

const REPOSITORY_NAME = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/

/**
 * The owner and name of `OWNER/NAME` (blanks around it ignored), the form every repository
 * option and input takes; else an error naming `option`.
 */
export function parseRepositoryName(value: string, option: string): RepositoryName {
  const match = REPOSITORY_NAME.exec(value.trim())
  if (!match) throw new OptionError(option, `must be OWNER/NAME, got '${value.trim()}'`)
  return { owner: match[1], name: match[2] }
}

/** `OWNER/NAME` again, as messages and options write it. */
export function formatRepositoryName({ owner, name }: RepositoryName): string {
  return `${owner}/${name}`
}
