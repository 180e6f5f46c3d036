import type { ContentWarning } from '../shared/types.js'
import type { AsciidocMessage } from './asciidoc.js'

// Cutting the `== ` title out leaves every article's `=== ` headings "out of sequence" for
// Asciidoctor. That is how the site's pages are made, not a problem in the content, so
// that message is dropped; anything else Asciidoctor says becomes a content warning.
const EXPECTED = /^section title out of sequence/

export function asciidocWarnings(messages: AsciidocMessage[], file: string): ContentWarning[] {
  return messages
    .filter((message) => !EXPECTED.test(message.text))
    .map((message) => ({
      file,
      ...(message.line ? { line: message.line } : {}),
      message: `Asciidoctor ${message.severity}: ${message.text}`,
      kind: 'asciidoctor' as const,
    }))
}
