// Small HTTP helpers shared by every route: replies, GitHub's error bodies, body parsing.

/** What a route answers; the server writes it. */
export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

const DOCS = 'https://docs.github.com/rest'

/** GitHub's error body: message, documentation_url and the status as a string. */
export function errorReply(status: number, message: string, extra: Record<string, unknown> = {}, documentationUrl = DOCS): Reply {
  return { status, body: { message, ...extra, documentation_url: documentationUrl, status: String(status) } }
}

export const notFound = (): Reply => errorReply(404, 'Not Found')
export const badCredentials = (): Reply => errorReply(401, 'Bad credentials')
export const forbiddenForIntegration = (): Reply => errorReply(403, 'Resource not accessible by integration')

/** 422 "Validation Failed" with GitHub's `errors` list. */
export function validationFailed(errors: Record<string, unknown>[]): Reply {
  return errorReply(422, 'Validation Failed', { errors })
}

/** 422 with a plain message, as the git data endpoints answer. */
export const unprocessable = (message: string): Reply => errorReply(422, message)

/** Thrown by handlers to answer early; the server turns it into its reply. */
export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(typeof reply.body === 'object' && reply.body && 'message' in reply.body ? String(reply.body.message) : 'reply')
  }
}

export function fail(reply: Reply): never {
  throw new ReplyError(reply)
}

/** Parses a JSON request body; an empty body is `{}`. Answers 400 like GitHub on bad JSON. */
export function parseJsonBody(raw: string): unknown {
  if (raw.trim() === '') return {}
  try {
    return JSON.parse(raw)
  } catch {
    fail(errorReply(400, 'Problems parsing JSON'))
  }
}
