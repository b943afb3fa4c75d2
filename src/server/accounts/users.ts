// Accounts and what each may do: admin (users and catalogues), coordinator of a catalogue, or
// contributor for one organisation in a catalogue. Roles live in rows, never in the session.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Membership, PublicAccount, Role } from '../../catalogue/workspace-api.ts';
import { requireCatalogue } from '../catalogues.ts';
import type { Db } from '../db.ts';
import { sha256OfBytes } from '../files.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';

export interface Account extends PublicAccount {
  id: number;
}

export class AccountError extends Error {
  constructor(
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
  }
}

export const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-zA-Z0-9._@-]+$/, 'letters, digits and . _ @ -');
export const password = z.string().min(MIN_PASSWORD_LENGTH).max(200);
const membership = z
  .object({ catalogue_id: z.string().min(1).max(80), role: z.enum(['coordinator', 'contributor']), organisation_id: z.string().min(1).max(80).nullable().default(null) })
  .strict()
  .refine((m) => (m.role === 'contributor') === (m.organisation_id !== null), { message: 'a contributor needs an organisation, a coordinator none', path: ['organisation_id'] });

export const newUser = z
  .object({
    username,
    display_name: z.string().trim().min(1).max(100),
    password,
    is_admin: z.boolean().default(false),
    memberships: z.array(membership).max(50).default([]),
  })
  .strict();
export type NewUser = z.input<typeof newUser>;

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  is_admin: number;
}

function membershipsOf(db: Db, userId: number): Membership[] {
  return db.prepare('SELECT catalogue_id, role, organisation_id FROM memberships WHERE user_id = ? ORDER BY catalogue_id, role').all(userId) as Membership[];
}

function toAccount(db: Db, row: UserRow): Account {
  return { id: row.id, username: row.username, display_name: row.display_name, is_admin: row.is_admin === 1, memberships: membershipsOf(db, row.id) };
}

export function accountById(db: Db, id: number): Account | undefined {
  const row = db.prepare('SELECT id, username, display_name, is_admin FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row && toAccount(db, row);
}

export function credentialsOf(db: Db, name: string): { id: number; password_hash: string } | undefined {
  return db.prepare('SELECT id, password_hash FROM users WHERE username = ?').get(name.trim()) as { id: number; password_hash: string } | undefined;
}

export function listAccounts(db: Db): Account[] {
  return (db.prepare('SELECT id, username, display_name, is_admin FROM users ORDER BY username').all() as UserRow[]).map((r) => toAccount(db, r));
}

function checkMemberships(db: Db, memberships: Membership[]): void {
  for (const m of memberships) {
    requireCatalogue(db, m.catalogue_id);
    if (m.organisation_id && !db.prepare('SELECT 1 FROM organisations WHERE catalogue_id = ? AND id = ?').get(m.catalogue_id, m.organisation_id))
      throw new AccountError(`no organisation ${m.organisation_id} in ${m.catalogue_id}`, 404);
  }
}

interface PreparedAccount {
  user: z.output<typeof newUser>;
  hash: string;
}

/** Validation and hashing happen before any transaction, which stays synchronous. */
async function prepareAccount(input: NewUser): Promise<PreparedAccount> {
  const parsed = newUser.safeParse(input);
  if (!parsed.success) throw new AccountError(`invalid account: ${z.prettifyError(parsed.error)}`);
  return { user: parsed.data, hash: await hashPassword(parsed.data.password) };
}

function insertAccount(db: Db, { user: u, hash }: PreparedAccount): number {
  if (credentialsOf(db, u.username)) throw new AccountError(`the user name ${u.username} is taken`, 409);
  checkMemberships(db, u.memberships);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO users (username, display_name, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(u.username, u.display_name, hash, u.is_admin ? 1 : 0, new Date().toISOString());
  const add = db.prepare('INSERT INTO memberships (user_id, catalogue_id, role, organisation_id) VALUES (?, ?, ?, ?)');
  for (const m of u.memberships) add.run(lastInsertRowid, m.catalogue_id, m.role, m.organisation_id);
  return Number(lastInsertRowid);
}

export async function createAccount(db: Db, input: NewUser): Promise<Account> {
  const prepared = await prepareAccount(input);
  return accountById(db, db.transaction(() => insertAccount(db, prepared)).immediate())!;
}

export async function setPassword(db: Db, userId: number, newPassword: string): Promise<void> {
  const parsed = password.safeParse(newPassword);
  if (!parsed.success) throw new AccountError(`invalid password: ${z.prettifyError(parsed.error)}`);
  db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(await hashPassword(parsed.data), userId);
}

export function isCoordinator(account: Account, catalogueId: string): boolean {
  return account.is_admin || account.memberships.some((m) => m.catalogue_id === catalogueId && m.role === 'coordinator');
}

/** The organisations a contributor may propose for in a catalogue. */
export function contributorOrganisations(account: Account, catalogueId: string): string[] {
  return account.memberships.filter((m) => m.catalogue_id === catalogueId && m.role === 'contributor').map((m) => m.organisation_id!);
}

export function canSee(account: Account, catalogueId: string): boolean {
  return isCoordinator(account, catalogueId) || contributorOrganisations(account, catalogueId).length > 0;
}

// Invitations: a one-time secret link; only its hash is stored, so a database leak reveals none.
const INVITATION_DAYS = 7;

export interface Invitation {
  catalogue_id: string;
  role: Role;
  organisation_id: string | null;
  expires_at: string;
}

export function createInvitation(db: Db, invite: Membership, createdBy: number | null, now = new Date()): { token: string; expires_at: string } {
  checkMemberships(db, [invite]);
  const token = randomBytes(24).toString('base64url');
  const expires_at = new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
  db.prepare('INSERT INTO invitations (token_hash, catalogue_id, role, organisation_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    sha256OfBytes(token),
    invite.catalogue_id,
    invite.role,
    invite.organisation_id,
    createdBy,
    now.toISOString(),
    expires_at,
  );
  return { token, expires_at };
}

/** A usable invitation, or an error saying why not (404 unknown, 410 used or expired). */
export function openInvitation(db: Db, token: string, now = new Date()): Invitation {
  const row = db.prepare('SELECT catalogue_id, role, organisation_id, expires_at, used_at FROM invitations WHERE token_hash = ?').get(sha256OfBytes(token)) as
    | (Invitation & { used_at: string | null })
    | undefined;
  if (!row) throw new AccountError('unknown invitation', 404);
  if (row.used_at) throw new AccountError('this invitation was already used', 410);
  if (row.expires_at <= now.toISOString()) throw new AccountError('this invitation has expired', 410);
  return { catalogue_id: row.catalogue_id, role: row.role, organisation_id: row.organisation_id, expires_at: row.expires_at };
}

export async function acceptInvitation(db: Db, token: string, input: Omit<NewUser, 'memberships' | 'is_admin'>): Promise<Account> {
  const invite = openInvitation(db, token);
  const prepared = await prepareAccount({ ...input, memberships: [{ catalogue_id: invite.catalogue_id, role: invite.role, organisation_id: invite.organisation_id }] });
  const id = db
    .transaction(() => {
      // Checked again inside the transaction: two people racing with one link get one account.
      openInvitation(db, token);
      const userId = insertAccount(db, prepared);
      db.prepare('UPDATE invitations SET used_at = ?, used_by = ? WHERE token_hash = ?').run(new Date().toISOString(), userId, sha256OfBytes(token));
      return userId;
    })
    .immediate();
  return accountById(db, id)!;
}
