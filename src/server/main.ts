// `npm start`: one process for the PWA, the published catalogues and the editing API, configured
// by PORT, HOST and DATA_DIR (and DIST_DIR); builds the app first when needed.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAppBuilt } from './build.ts';
import { dataDirectory } from './command.ts';
import { ensureSigningKeys, trustedKeys } from './keystore.ts';
import { startServer } from './server.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dataDir = dataDirectory();
const distDir = resolve(process.env.DIST_DIR ?? resolve(root, 'dist'));

await ensureSigningKeys(dataDir);
await ensureAppBuilt({ root, distDir, keys: trustedKeys(dataDir), log: (line) => console.log(line) });
const server = await startServer({
  dataDir,
  distDir,
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 8080),
  logger: true,
  expiryDays: process.env.MANIFEST_EXPIRY_DAYS ? Number(process.env.MANIFEST_EXPIRY_DAYS) : undefined,
  connectSources: process.env.CSP_CONNECT_SRC?.split(/\s+/).filter(Boolean),
  // Set TRUST_PROXY=1 only behind a reverse proxy that terminates https (Secure session cookies).
  trustProxy: process.env.TRUST_PROXY === '1',
});

console.log(`\nTilbudsguiden is running at ${server.url}  (data: ${dataDir})`);
console.log(`Publish token (Authorization: Bearer …, kept in ${dataDir}/publish-token): ${server.publishToken}\n`);
if (server.demoAccounts.length) {
  console.log(`Demo accounts for ${server.url}/coordinator (also in ${dataDir}/demo-accounts.txt):`);
  for (const a of server.demoAccounts) console.log(`  ${a.username.padEnd(24)} ${a.password.padEnd(14)} ${a.role}`);
  console.log('');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  });
}
