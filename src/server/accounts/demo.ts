// Demo accounts for a first start with the demo catalogues: an admin, a coordinator per
// catalogue and one association contributor, with fresh random passwords printed once (and kept
// in an owner-only file in the data folder, since a demo is often started and looked at later).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { listCatalogues } from '../catalogues.ts';
import type { Db } from '../db.ts';
import { writeAtomic } from '../files.ts';
import { createAccount, listAccounts, type NewUser } from './users.ts';

const DEMO_ACCOUNTS_FILE = 'demo-accounts.txt';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
}

/** Creates the demo accounts when the server has no accounts yet; returns them (empty otherwise). */
export async function ensureDemoAccounts(db: Db, dataDir: string): Promise<DemoAccount[]> {
  if (listAccounts(db).length > 0) return [];
  const wanted: (NewUser & { role: string })[] = [{ username: 'admin', display_name: 'Demo admin', password: '', is_admin: true, role: 'admin' }];
  for (const c of listCatalogues(db)) {
    wanted.push({ username: `coordinator-${c.id}`, display_name: `Coordinator ${c.region}`, password: '', memberships: [{ catalogue_id: c.id, role: 'coordinator' }], role: `coordinator of ${c.id}` });
    const org = db.prepare('SELECT id FROM organisations WHERE catalogue_id = ? ORDER BY rowid LIMIT 1').get(c.id) as { id: string } | undefined;
    if (org)
      wanted.push({
        username: `association-${c.id}`,
        display_name: `Contact ${org.id}`,
        password: '',
        memberships: [{ catalogue_id: c.id, role: 'contributor', organisation_id: org.id }],
        role: `contributor for ${org.id} in ${c.id}`,
      });
  }
  const made: DemoAccount[] = [];
  for (const { role, ...user } of wanted) {
    const password = randomBytes(9).toString('base64url');
    await createAccount(db, { ...user, password });
    made.push({ username: user.username, password, role });
  }
  writeAtomic(join(dataDir, DEMO_ACCOUNTS_FILE), made.map((a) => `${a.username}\t${a.password}\t${a.role}`).join('\n') + '\n', 0o600);
  return made;
}
