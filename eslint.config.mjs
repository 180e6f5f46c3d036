// Lint: typescript-eslint's type-checked rules, Prettier for layout, and the pipeline's
// direction: a stage imports only earlier stages and the leaves src/shared/, src/github/ and
// src/escape/ (see README, "Layout").
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

/** The stages in the order the data flows. */
export const STAGES = ['config', 'discover', 'render', 'credit', 'health', 'plan', 'publish', 'report', 'dashboard']
/** Entry points and the engine (src/sync.ts): no stage and no shared module imports them. */
const ENTRY_POINTS = ['../sync.js', '../main.js', '../index.js', '../cli.js', '../action/*', '../commands/*']

/**
 * What each folder of src/ must not import: the stages after it and the entry points. Every
 * module of src/ sits one folder deep, so these relative patterns are the whole rule; the import
 * string is matched as written, with no resolver to get wrong.
 */
export const FORBIDDEN_IMPORTS = {
  // The escaping rules for every output (src/escape/) import nothing of the program: any module may use them.
  escape: ['../*'],
  shared: [...STAGES.map((stage) => `../${stage}/*`), ...ENTRY_POINTS],
  // The one GitHub layer (client, requests, error wording): every stage may talk to GitHub through it.
  github: [...STAGES.map((stage) => `../${stage}/*`), ...ENTRY_POINTS],
  ...Object.fromEntries(STAGES.map((stage, i) => [stage, [...STAGES.slice(i + 1).map((later) => `../${later}/*`), ...ENTRY_POINTS]])),
}

export const pipelineDirection = Object.entries(FORBIDDEN_IMPORTS).map(([folder, group]) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group,
            message:
              folder === 'escape'
                ? 'src/escape/ imports nothing of the program (every stage, src/shared/ and the entry points use it).'
                : `src/${folder}/ may import only earlier stages, src/shared/, src/github/ and src/escape/ (order: ${STAGES.join(' → ')}).`,
          },
        ],
      },
    ],
  },
}))

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...pipelineDirection,
  {
    // A function longer than a screen does more than one thing: name its steps instead.
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Tests and the benchmark read JSON answers of the local GitHub and of processes they run;
    // those are untyped by nature, and a cast per field would only restate the assertions.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  prettier,
)
