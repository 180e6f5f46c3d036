// Sources must be UTF-8 text. A stray binary or Latin-1 file would otherwise render as
// mojibake on the site, so it is skipped with a warning instead.

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export type DecodedText = { ok: true; text: string } | { ok: false; reason: string }

/**
 * Decodes bytes as UTF-8, keeping a byte-order mark (the site's pages keep it too).
 * Fails for invalid UTF-8 and for binary content (a NUL byte).
 */
export function decodeSourceText(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) return { ok: false, reason: 'binary content (contains a NUL byte)' }
  try {
    return { ok: true, text: strictUtf8.decode(bytes) }
  } catch {
    return { ok: false, reason: 'not valid UTF-8' }
  }
}
