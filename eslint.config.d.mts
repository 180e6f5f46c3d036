// Types of what eslint.config.mjs exports, for the tests that run its pipeline-direction rule.
import type { Linter } from 'eslint'

export declare const STAGES: string[]
export declare const FORBIDDEN_IMPORTS: Record<string, string[]>
export declare const pipelineDirection: Linter.Config[]
declare const config: Linter.Config[]
export default config
