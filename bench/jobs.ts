// What the benchmark's parent process asks a scenario process to do. Plain JSON, passed on
// the command line, so each scenario runs in a fresh process with its own memory peak.

/** Shared by both kinds: where GitHub is and what to sync. */
interface JobBase {
  /** Scenario label for messages, e.g. `full`. */
  name: string
  apiUrl: string
  token: string
  sourceDir: string
  /** A section list limiting the run (smoke mode); absent: the source's own. */
  sectionsFile?: string
  /** OWNER/NAME and branch of the Learning Path repository the history belongs to. */
  sourceRepository: string
  sourceRef: string
  sourceCommit?: string
  /** OWNER/NAME of the website repository. */
  site: string
  targetPath: string
}

/** This action's engine (`runSync`). */
export interface OursJob extends JobBase {
  kind: 'ours'
  /** `production`: PRODUCTION_TIMING as the action runs; `fast`: FAST_TIMING (smoke runs only). */
  timing: 'production' | 'fast'
  branch: string
}

/** The old scripts' request pattern. */
export interface BaselineJob extends JobBase {
  kind: 'baseline'
  /**
   * `octokit-default`: `new Octokit({ auth, baseUrl })` as is (side `baseline`);
   * `ours`: the same requests through our clients' spacing, GraphQL back to back and REST
   * writes 1 s apart (side `baseline-same-spacing`; `timing` picks production or fast);
   * `none`: no spacing at all (smoke runs of side `baseline`).
   */
  spacing: 'octokit-default' | 'ours' | 'none'
  timing: 'production' | 'fast'
  branch: string
  /** The branch exists from an earlier run: force-push it (as `git push -f` did) instead of creating it. */
  rerun: boolean
}

export type Job = OursJob | BaselineJob

/** What a scenario process reports back (one JSON line on stdout). */
export interface JobResult {
  wallMs: number
  pages: number
  peakRssMb: number
  /** What happened, for results.md: the operation and how many site files differ from the base branch. */
  operation: string
  changedFiles: number
  /** The commit the run left on its branch (ours: the pull request's head), if any. */
  headSha?: string
  /** Milliseconds per engine phase (ours only): read the site, render, credit, plan, publish. */
  phases?: Record<string, number>
  /** When the measured work started, in milliseconds since the epoch (lines the request log up with the run). */
  startedAtMs: number
}

export const RESULT_PREFIX = 'BENCH-RESULT '
