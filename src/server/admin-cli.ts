// `npm run admin -- <command>`: accounts on a real install (the first admin, coordinators),
// run beside the server on the same data folder (DATA_DIR, default ./data).
import { parseArgs } from 'node:util';
import { dataDirectory, runCommand } from './command.ts';
import { openDatabase } from './db.ts';
import { endAllSessions } from './accounts/sessions.ts';
import type { Membership } from '../catalogue/workspace-api.ts';
import { createAccount, credentialsOf, listAccounts, setPassword } from './accounts/users.ts';

const USAGE = `usage: npm run admin -- <command>   (data folder: DATA_DIR, default ./data)
  create-user <name> [--admin] [--coordinator <catalogue>]… [--contributor <catalogue>:<organisation>]… [--display-name <text>]
                     the password is read from ADMIN_PASSWORD or asked for (at least 10 characters)
  set-password <name>   replaces the password (same rules) and ends the user's sessions
  list-users            names, roles and memberships`;

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question('password: ');
  } finally {
    rl.close();
  }
}

async function run(args: string[]): Promise<number | undefined> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      admin: { type: 'boolean', default: false },
      coordinator: { type: 'string', multiple: true, default: [] },
      contributor: { type: 'string', multiple: true, default: [] },
      'display-name': { type: 'string' },
    },
  });
  const [command, name] = positionals;
  const db = openDatabase(dataDirectory());
  try {
    if (command === 'create-user' && name) {
      const memberships: Membership[] = [
        ...values.coordinator.map((c): Membership => ({ catalogue_id: c, role: 'coordinator', organisation_id: null })),
        ...values.contributor.map((c): Membership => {
          const [catalogue_id, organisation_id] = c.split(':');
          return { catalogue_id, role: 'contributor', organisation_id: organisation_id ?? null };
        }),
      ];
      const account = await createAccount(db, { username: name, display_name: values['display-name'] ?? name, password: await askPassword(), is_admin: values.admin, memberships });
      console.log(`created ${account.username}${account.is_admin ? ' (admin)' : ''}${memberships.map((m) => `, ${m.role} of ${m.catalogue_id}${m.organisation_id ? ` for ${m.organisation_id}` : ''}`).join('')}`);
      return 0;
    }
    if (command === 'set-password' && name) {
      const found = credentialsOf(db, name);
      if (!found) throw new Error(`no user ${name}`);
      await setPassword(db, found.id, await askPassword());
      console.log(`password of ${name} replaced; ${endAllSessions(db, found.id)} session(s) ended`);
      return 0;
    }
    if (command === 'list-users') {
      for (const a of listAccounts(db))
        console.log([a.username, a.is_admin ? 'admin' : '', ...a.memberships.map((m) => `${m.role}:${m.catalogue_id}${m.organisation_id ? `:${m.organisation_id}` : ''}`)].filter(Boolean).join('\t'));
      return 0;
    }
  } finally {
    db.close();
  }
  return undefined;
}

await runCommand(USAGE, run);
