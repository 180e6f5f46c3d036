// How an error about a configuration value shows that value. A configuration file can be any
// file the workflow names (`urls-file: /home/runner/.env` is a path like another), and an error
// that echoes the value whole printed such a file into the log. So: values of a source file
// are quoted and cut to ECHO_LIMIT characters; a file outside the source folder (an absolute
// path) has none of its content shown, only its shape and the position of the problem.

/** Characters of a value an error message shows at most. */
export const ECHO_LIMIT = 80

/** Shows one value (or a parser's own message about the text) in an error. */
export interface Echo {
  value(value: unknown): string
  /** A parser's message, which may quote the text: cut, or only its position kept. */
  parserMessage(message: string): string
}

/** A value as JSON, cut to ECHO_LIMIT characters with the full length said. */
export function quoteValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return cut(text)
}

function cut(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ')
  return flat.length > ECHO_LIMIT ? `${flat.slice(0, ECHO_LIMIT - 1)}… (${flat.length} characters)` : flat
}

/** For a file of the sources: quoted and cut. */
export const ECHO_SOURCE: Echo = {
  value: quoteValue,
  parserMessage: (message) => cut(message.split('\n')[0]),
}

/** For a file outside the sources: no content at all. */
export const ECHO_NOTHING: Echo = {
  value: () => '(not shown: the file is outside the source folder)',
  parserMessage: (message) => {
    const at = /line \d+,? col(?:umn)? \d+|position \d+(?: \(line \d+ column \d+\))?/i.exec(message)?.[0]
    return `${at ? `at ${at}` : 'somewhere'} (content not shown: the file is outside the source folder)`
  },
}
