/**
 * Removes secrets from text before it is printed or written anywhere. Library errors can
 * carry request headers or URLs; masking with `core.setSecret` covers the log, but not the
 * outputs file or the job summary, so everything we write passes through here too.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  // Longest first: a line of a secret is part of the whole secret.
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length)
  for (const form of forms) out = out.split(form).join('***')
  return out
}

/** Pieces shorter than this are left alone: redacting them would garble ordinary text. */
const MIN_SECRET = 4

/**
 * Every form in which a secret can show up in text: whole; each of its lines (a token holding
 * a line break broke the request header, and the error quoted its first line); and base64, as
 * git's extraheader carries `x-access-token:<token>` (the prefix is 15 bytes, so the token's
 * own base64 appears in it unchanged, padding aside).
 */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>()
  const add = (form: string) => {
    if (form.length >= MIN_SECRET) forms.add(form)
  }
  for (const piece of [secret, ...maskValues(secret)]) {
    add(piece)
    add(Buffer.from(`x-access-token:${piece}`).toString('base64'))
    add(Buffer.from(piece).toString('base64').replace(/=+$/, ''))
  }
  return [...forms]
}

/**
 * What to hand the runner for masking (`core.setSecret`): the runner masks line by line, so a
 * secret holding a line break is given as its lines (it derives the base64 forms itself).
 */
export function maskValues(secret: string): string[] {
  const lines = secret.split(/\r\n|\r|\n/).map((line) => line.trim())
  return [...new Set(lines.filter((line) => line.length >= MIN_SECRET))]
}
