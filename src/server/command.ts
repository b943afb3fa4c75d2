// What the operator commands (`npm start`, `npm run catalogue`, `npm run admin`) share: the data folder they work on, and usage and exit codes.
import { resolve } from 'node:path';

/** The data folder: DATA_DIR, default ./data. */
export function dataDirectory(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}

/**
 * Runs `run` on the command line's arguments and sets the exit code: its own, 2 with the usage
 * when it answers undefined (a call it does not know), 1 with the message when it throws.
 */
export async function runCommand(usage: string, run: (args: string[]) => Promise<number | undefined>): Promise<void> {
  process.exitCode = await run(process.argv.slice(2)).then(
    (code) => {
      if (code !== undefined) return code;
      console.error(usage);
      return 2;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      return 1;
    },
  );
}
