// `npm run catalogue -- <command>`: the publishing tasks an operator runs beside the server
// (static export, key rotation, importing a catalogue) on the same data folder (DATA_DIR).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importCatalogue } from './catalogues.ts';
import { dataDirectory, runCommand } from './command.ts';
import { openDatabase } from './db.ts';
import { exportStatic } from './export.ts';
import { ensureSigningKeys, rotateSigningKey } from './keystore.ts';
import { Publisher } from './publish.ts';
import { OPEN_DATA_USAGE, runOpenData } from './coordinator/cli-io.ts';

const USAGE = `usage: npm run catalogue -- <command>   (data folder: DATA_DIR, default ./data)
  export <dir>        write index.json, keys.json and every catalogue's manifest, snapshots and deltas to <dir>/catalogues/
  rotate-key          make a new signing key endorsed by the current one; new manifests are signed with it
  import <file.json>  add a catalogue (the shared content format) and publish its version 1
${OPEN_DATA_USAGE}`;

async function run(args: string[]): Promise<number | undefined> {
  const dataDir = dataDirectory();
  const openData = await runOpenData(args, dataDir);
  if (openData !== undefined) return openData;
  const [command, arg] = args;
  if (command === 'rotate-key' && !arg) {
    await ensureSigningKeys(dataDir);
    const { previous, current } = await rotateSigningKey(dataDir);
    console.log(`new signing key ${current}, endorsed by ${previous}; rebuild the app (npm start does) so new installs trust it directly`);
    return 0;
  }
  if ((command === 'export' || command === 'import') && arg) {
    const db = openDatabase(dataDir);
    try {
      if (command === 'export') {
        const summary = exportStatic(db, dataDir, resolve(arg));
        for (const c of summary.catalogues) console.log(`${c.id}: version ${c.version}, ${c.files} files`);
        console.log(`written to ${resolve(arg)}/catalogues/ — upload it as is`);
      } else {
        await ensureSigningKeys(dataDir);
        const content = importCatalogue(db, JSON.parse(readFileSync(arg, 'utf8')));
        const { version } = await new Publisher(db, dataDir).publish(content.catalogue.id, { note: `imported from ${arg}` });
        console.log(`${content.catalogue.id}: imported and published version ${version}`);
      }
      return 0;
    } finally {
      db.close();
    }
  }
  return undefined;
}

await runCommand(USAGE, run);
