import { noAnswerMessage } from './network-failure.js'
import { headerFailure } from './token-header.js'
import { UserError } from '../shared/user-error.js'

/** The parts of an octokit RequestError we rely on; its `request` (with headers) is never printed. */
interface HttpError {
  status: number
  message?: string
  response?: { data?: unknown; headers?: Record<string, unknown> }
}

const isHttpError = (error: unknown): error is HttpError =>
  typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number'

/** GitHub's own one-line message from the response body, else the error's first line. */
export function gitHubMessage(error: HttpError): string {
  const data = error.response?.data
  const fromBody = data && typeof data === 'object' ? (data as { message?: unknown }).message : undefined
  const text = typeof fromBody === 'string' && fromBody !== '' ? fromBody : (error.message ?? '')
  return text.split('\n')[0].slice(0, 200)
}

/**
 * Turns a GitHub failure into one clear line. Credentials and permissions become UserErrors
 * (the user must act); anything else keeps status and GitHub's message only, because the
 * library's error object carries request headers, token included.
 */
export function describeGitHubError(
  error: unknown,
  repository: string,
  step: string,
  kind: 'read' | 'write',
  apiUrl?: string,
  anonymous = false,
): Error {
  if (error instanceof UserError) return error
  // A token fetch could not put in a header: no request left, and the fix is the secret.
  const badToken = headerFailure(error)
  if (badToken) return new UserError(badToken)
  // No answer at all (octokit calls that "500" too, but without a response): say so, naming
  // where it tried to go.
  const unanswered = noAnswerMessage(error, apiUrl ?? urlOf(error))
  if (unanswered) return new UserError(`${unanswered} (while trying to ${step} on ${repository})`)
  if (!isHttpError(error)) return error instanceof Error ? error : new Error(String(error))
  const message = gitHubMessage(error)
  // A rate limit that outlasted every retry: not a permission problem, and not the user's to fix.
  if (error.status === 429 || (error.status === 403 && /rate limit/i.test(message))) {
    return new Error(
      `GitHub's rate limit held while trying to ${step} on ${repository} (${error.status} ${message}): ${whenToRetry(error)}`,
    )
  }
  // Without a token GitHub answers "Bad credentials" or hides the repository: the fix is a token.
  if (anonymous && [401, 403, 404].includes(error.status)) {
    return new UserError(
      `no token was given (GITHUB_TOKEN is empty), and ${repository} cannot be read without one (${error.status} ${message} while trying to ${step})`,
    )
  }
  switch (error.status) {
    case 401:
      return new UserError(`GitHub rejected the token (401 ${message}) while trying to ${step} on ${repository}: check the token`)
    case 403:
      // A workflow's GITHUB_TOKEN where the repository does not let Actions open pull requests.
      if (/not permitted to create or approve pull requests/i.test(message)) {
        return new UserError(
          `GitHub Actions may not open pull requests on ${repository} (403 ${message}) while trying to ${step}: tick "Allow GitHub Actions to create and approve pull requests" in its Settings → Actions → General, or give an App's token`,
        )
      }
      return kind === 'write'
        ? new UserError(
            `the token may not write to ${repository} (403 ${message}) while trying to ${step}: it needs Contents and Pull requests read and write permission there`,
          )
        : new UserError(`the token may not read ${repository} (403 ${message}) while trying to ${step}`)
    case 404:
      return new UserError(
        `${repository}: not found while trying to ${step} (404): check the repository name and that the token can see it`,
      )
    default:
      return new Error(`GitHub answered ${error.status} (${message}) while trying to ${step} on ${repository}`)
  }
}

/** A spent primary limit says when it resets (`x-ratelimit-reset`, epoch seconds); a secondary one does not. */
function whenToRetry(error: HttpError): string {
  const headers = error.response?.headers ?? {}
  const reset = Number(headers['x-ratelimit-reset'])
  if (headers['x-ratelimit-remaining'] !== '0' || !Number.isFinite(reset) || reset <= 0) return 'run it again later'
  return `it resets at ${new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}; run it again after that`
}

/** The API root a failed request went to, when the caller did not say. */
function urlOf(error: unknown): string {
  const url = (error as { request?: { url?: unknown } }).request?.url
  if (typeof url !== 'string') return 'GitHub'
  try {
    return new URL(url).origin
  } catch {
    return 'GitHub'
  }
}
