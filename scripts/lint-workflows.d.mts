// Types of what lint-workflows.mjs exports, for the test that runs it.

/** A workflow to lint: its label in messages, its text, and the line its text starts after. */
export interface WorkflowSource {
  label: string
  text: string
  lineOffset: number
}

export declare function workflowSources(root?: string): WorkflowSource[]
export declare function readmeWorkflows(readme: string): WorkflowSource[]
export declare function markdownWorkflows(markdown: string, file: string): WorkflowSource[]
export declare function lintWorkflows(sources: WorkflowSource[]): Promise<string[]>
