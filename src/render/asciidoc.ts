import asciidoctorModule, { type Asciidoctor as Processor } from 'asciidoctor'
import { SourceFileError } from '../shared/user-error.js'

/** Something Asciidoctor reported while converting one source. */
export interface AsciidocMessage {
  /** `warning` or `error` (Asciidoctor's debug and info lines are dropped). */
  severity: 'warning' | 'error'
  text: string
  /** 1-based line in the converted text, when Asciidoctor knows it. */
  line?: number
}

export interface AsciidocResult {
  html: string
  messages: AsciidocMessage[]
}

// The package is CommonJS whose `module.exports` is the factory, while its types declare an
// ES default export; under NodeNext the default import is the factory at run time.
const createProcessor = asciidoctorModule as unknown as () => Processor

// Loading the Opal runtime costs ~100 ms: one processor per thread (each render worker has its
// own), created on first use or by loadAsciidoctor.
let processor: Processor | undefined
// Asciidoctor's logger is global; it writes into whichever list the current conversion owns,
// instead of printing `asciidoctor: WARNING` lines on stderr.
let sink: AsciidocMessage[] | undefined

function getProcessor(): Processor {
  if (processor) return processor
  const created = createProcessor()
  const logger = created.LoggerManager.newLogger('LearningPathSyncLogger', {
    add(severity: unknown, message: unknown, programName: unknown) {
      const level = typeof severity === 'number' ? severity : 2
      if (level < 2 || !sink) return
      // Ruby's Logger passes the message as `progname` when `message` is nil.
      const payload = (message ?? programName) as
        { getText?: () => string; getSourceLocation?: () => { getLineNumber(): number } | undefined } | string
      const text = typeof payload === 'string' ? payload : (payload?.getText?.() ?? 'a message without text')
      const line = typeof payload === 'string' ? undefined : payload?.getSourceLocation?.()?.getLineNumber()
      sink.push({ severity: level >= 3 ? 'error' : 'warning', text, ...(line ? { line } : {}) })
    },
  })
  created.LoggerManager.setLogger(logger)
  processor = created
  return created
}

/**
 * Loads the processor and runs one small conversion, so that a render worker pays its start-up
 * (and the first conversion's warm-up) before its first file's deadline starts.
 */
export function loadAsciidoctor(): void {
  getProcessor().convert(
    '== Warm-up\n\nA *paragraph* with a https://example.org[link].\n\n* a list\n\n----\ncode <1>\n----\n<1> a callout\n',
  )
}

/**
 * Converts AsciiDoc to the HTML fragment the site embeds, with Asciidoctor's defaults (the
 * ones the site's pages were made with: embedded document, `secure` safe mode). A text
 * Asciidoctor cannot convert (blocks nested so deep its parser overflows the stack) fails
 * `file` only: a SourceFileError.
 */
export function convertAsciidoc(text: string, file: string): AsciidocResult {
  const converter = getProcessor()
  const messages: AsciidocMessage[] = []
  sink = messages
  let html: unknown
  try {
    html = converter.convert(text)
  } catch (error) {
    const reason = error instanceof RangeError ? 'nesting too deep (the converter ran out of stack)' : firstLine(error)
    throw new SourceFileError(file, `Asciidoctor cannot convert the file: ${reason}`)
  } finally {
    sink = undefined
  }
  if (typeof html !== 'string') throw new Error('Asciidoctor returned a document instead of HTML')
  return { html, messages }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]
}
