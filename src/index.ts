// The action's entry point (action.yml runs its bundle, dist/index.js). The logic is in
// main.ts, which exports run() so that @github/local-action can run it from the sources.
import { run } from './main.js'

await run()
