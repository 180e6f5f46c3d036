// Types of what documents.mjs exports, for the tests and scripts that read the documents.

export declare function documentFiles(root?: string): string[]
