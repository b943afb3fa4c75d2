// Anonymous referral counts from devices that opted in: per catalogue, month and offer, only numbers.
// Validated against the catalogue's known offers and rate-limited, since anyone can post them.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireAuth, type Authenticate } from '../auth.ts';
import { requireCatalogue } from '../catalogues.ts';
import type { UsageTotals } from '../../catalogue/workspace-api.ts';
import type { Db } from '../db.ts';
import { InvalidRecordError, parseBody } from '../offers.ts';

/** More than this per offer, month and report is not one device's honest count. */
const MAX_COUNT = 500;
const MAX_OFFERS = 200;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(80);
const usageReport = z
  .object({
    catalogue_id: id,
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
    counts: z
      .record(id, z.number().int().min(1).max(MAX_COUNT))
      .refine((c) => Object.keys(c).length >= 1 && Object.keys(c).length <= MAX_OFFERS, { message: `1 to ${MAX_OFFERS} offers` }),
  })
  .strict();

/** A month may not lie in the future (one month of slack for clocks and time zones) nor long past. */
function plausibleMonth(month: string, now: Date): boolean {
  const [y, m] = month.split('-').map(Number);
  const months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  return months >= -1 && months <= 24;
}

export async function usageRoutes(app: FastifyInstance, opts: { db: Db; authenticate: Authenticate; now?: () => Date; perMinute?: number }) {
  const { db } = opts;
  await app.register(rateLimit, { global: false });
  const add = db.prepare(
    `INSERT INTO usage_counts (catalogue_id, month, offer_id, count) VALUES (?, ?, ?, ?)
     ON CONFLICT (catalogue_id, month, offer_id) DO UPDATE SET count = count + excluded.count`,
  );
  const knownOffers = db.prepare('SELECT id FROM offers WHERE catalogue_id = ?');

  app.post('/api/usage', { config: { rateLimit: { max: opts.perMinute ?? 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { catalogue_id, month, counts } = parseBody(usageReport, request.body, 'invalid usage report');
    if (!plausibleMonth(month, opts.now?.() ?? new Date())) throw new InvalidRecordError(`month ${month} is out of range`, [{ path: 'month', message: 'out of range' }]);
    requireCatalogue(db, catalogue_id);
    const known = new Set((knownOffers.all(catalogue_id) as { id: string }[]).map((r) => r.id));
    const unknown = Object.keys(counts).filter((o) => !known.has(o));
    if (unknown.length > 0) throw new InvalidRecordError(`unknown offers: ${unknown.join(', ')}`, unknown.map((o) => ({ path: `counts.${o}`, message: 'unknown offer' })));
    db.transaction(() => {
      for (const [offerId, n] of Object.entries(counts)) add.run(catalogue_id, month, offerId, n);
    })();
    return reply.code(204).header('cache-control', 'no-store').send();
  });

  /** For the coordinator workspace: the totals per month and offer. */
  app.get<{ Params: { id: string } }>('/api/usage/:id', { preHandler: requireAuth(opts.authenticate) }, async (request, reply) => {
    requireCatalogue(db, request.params.id);
    const rows = db
      .prepare('SELECT month, offer_id, count FROM usage_counts WHERE catalogue_id = ? ORDER BY month, offer_id')
      .all(request.params.id) as { month: string; offer_id: string; count: number }[];
    const months: UsageTotals['months'] = {};
    for (const r of rows) (months[r.month] ??= {})[r.offer_id] = r.count;
    return reply.header('cache-control', 'no-store').send({ catalogue_id: request.params.id, months } satisfies UsageTotals);
  });
}
