/**
 * Removes secrets from text before it is printed or written anywhere. Library errors can
 * carry request headers or URLs; masking with `core.setSecret` covers the log, but not the
 * outputs file or the job summary, so everything we write passes through here too.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***')
  }
  return out
}
