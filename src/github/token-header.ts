// The token travels in the Authorization header. fetch refuses to build a header holding a line
// break, a NUL or a character above U+00FF (a secret pasted as two lines, or with a typographic
// quote in it), and octokit reports that refusal as "500", like a server error. These name it for
// what it is, without ever showing the token: fetch's own message quotes the header whole.

/** `the token is not a valid HTTP header value (it contains a line break): check the secret`. */
export function invalidTokenMessage(reason: string): string {
  return `the token is not a valid HTTP header value (it contains ${reason}): check the secret`
}

/** What in `text` no header value may hold. */
function reasonIn(text: string): string {
  if (/[\r\n]/.test(text)) return 'a line break'
  if (/[\u0100-\u{10ffff}]/u.test(text)) return 'a character outside Latin-1'
  return 'a NUL character'
}

/** The one line for a token fetch cannot send; null when it can. Asks fetch's own Headers, so the rule is fetch's. */
export function tokenHeaderProblem(token: string): string | null {
  try {
    new Headers().set('authorization', `token ${token}`)
    return null
  } catch {
    // fetch strips blanks and line breaks around a value (a secret ending in a newline works),
    // so only what is inside counts.
    return invalidTokenMessage(reasonIn(token.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '')))
  }
}

/**
 * The one line for a request fetch refused to build over a header value; null for any other
 * error. Our only header that varies is the token's, so that is the one named.
 */
export function headerFailure(error: unknown): string | null {
  let at: unknown = error
  for (let depth = 0; at && typeof at === 'object' && depth < 6; depth++) {
    const { name, message } = at as { name?: unknown; message?: unknown }
    if (name === 'TypeError' && typeof message === 'string') {
      // "Cannot convert argument to a ByteString because the character at index 8 has a value of 8364 ..."
      if (/ByteString/.test(message)) return invalidTokenMessage('a character outside Latin-1')
      // `Headers.append: "token ab<LF>cd" is an invalid header value.`: the quoted value tells which.
      if (/invalid header value/.test(message)) return invalidTokenMessage(reasonIn(message))
    }
    at = (at as { cause?: unknown }).cause
  }
  return null
}
