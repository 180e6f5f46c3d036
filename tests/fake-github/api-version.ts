// REST API versions: a client names one in `X-GitHub-Api-Version`; without it GitHub uses
// 2022-11-28. An unsupported one is a 400. Answers say which version served them.
import { errorReply, type Reply } from './http.js'

export const API_VERSIONS = ['2022-11-28'] as const
export const DEFAULT_API_VERSION = '2022-11-28'

/** The version a request selects, or GitHub's 400 when it names one that is not supported. */
export function selectApiVersion(header: string | string[] | undefined): { version: string } | { reply: Reply } {
  const asked = Array.isArray(header) ? header[0] : header
  if (asked === undefined || asked === '') return { version: DEFAULT_API_VERSION }
  if ((API_VERSIONS as readonly string[]).includes(asked)) return { version: asked }
  const supported = API_VERSIONS.map((v, i) => `"${v}"${i === API_VERSIONS.length - 1 ? ' (most recent)' : ''}`).join(', ')
  return {
    reply: errorReply(
      400,
      `The version you specified in the "X-GitHub-Api-Version" request header, "${asked}", is not a supported version. The following versions are currently supported: ${supported}.`,
    ),
  }
}
