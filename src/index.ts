// The action's entry point (action.yml runs its bundle, dist/index.js). The logic is in
// main.ts, which exports run() so that @github/local-action can run it from the sources.
import { crashed, run } from './main.js'

// A crash outside run()'s own try (a callback, a promise nobody awaits) still ends with one `::error::` line.
process.on('uncaughtException', crashed)
process.on('unhandledRejection', crashed)
await run()
