// Login sessions kept in the database (so "log out everywhere" and restarts behave), identified
// by a random cookie value of which only the hash is stored, each with its own CSRF token.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db.ts';
import { sha256OfBytes } from '../files.ts';
import { accountById, type Account } from './users.ts';

export const SESSION_COOKIE = 'tg_session';
const SESSION_HOURS = 12;

export interface Session {
  account: Account;
  csrf: string;
  expires_at: string;
}

export function createSession(db: Db, userId: number, now = new Date()): { token: string; csrf: string; expires_at: string } {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expires_at = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now.toISOString());
  db.prepare('INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(sha256OfBytes(token), userId, csrf, now.toISOString(), expires_at);
  return { token, csrf, expires_at };
}

export function findSession(db: Db, token: string | undefined, now = new Date()): Session | undefined {
  if (!token) return undefined;
  const row = db.prepare('SELECT user_id, csrf, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?').get(sha256OfBytes(token), now.toISOString()) as
    | { user_id: number; csrf: string; expires_at: string }
    | undefined;
  const account = row && accountById(db, row.user_id);
  return account && { account, csrf: row.csrf, expires_at: row.expires_at };
}

export function endSession(db: Db, token: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(sha256OfBytes(token));
}

export function endAllSessions(db: Db, userId: number): number {
  return db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes;
}
