// The workspace API's payloads, written once so the server that answers and the coordinator client that reads them cannot drift apart.
import type { Rejected } from './hsds.ts';
import type { CatalogueInfo, ContentLanguage, LocalizedText, Need, Offer, Organisation } from './schema.ts';

export type Role = 'coordinator' | 'contributor';

export interface Membership {
  catalogue_id: string;
  role: Role;
  organisation_id: string | null;
}

/** An account as the API shows it (never its id or password hash). */
export interface PublicAccount {
  username: string;
  display_name: string;
  is_admin: boolean;
  memberships: Membership[];
}

/** The answer to logging in, accepting an invitation or asking who is logged in. */
export interface SessionInfo {
  account: PublicAccount;
  /** Null when the caller authenticated without a session (the publish token). */
  csrf: string | null;
  expires_at: string | null;
}

export interface WorkspaceCatalogue {
  id: string;
  name: LocalizedText;
  region: string;
  default_language: CatalogueInfo['default_language'];
  /** The latest published version, 0 when never published. */
  version: number;
  coordinator: boolean;
}

/** What every workspace page of one catalogue needs to know about it and the caller. */
export interface WorkspaceContext {
  catalogue: CatalogueInfo;
  needs: Need[];
  organisations: Organisation[];
  freshness_months: number;
  coordinator: boolean;
  own_organisations: string[];
}

export type OfferState = 'published' | 'draft' | 'archived';

export interface OfferRow {
  id: string;
  name: LocalizedText;
  organization_id: string;
  state: OfferState;
  /** Never published yet (a draft that is new, not a change). */
  is_new: boolean;
  proposed: boolean;
  stale: boolean;
  assured_date: string;
  revision: number;
  updated_at: string;
}

export interface OfferDetail {
  offer: Offer;
  revision: number;
  state: OfferState;
  /** The offer as phones have it now, when it differs (for the "what changes" view). */
  published: Offer | null;
}

export interface ChangedRecord {
  id: string;
  name: LocalizedText | string;
}

export interface Changes {
  added: ChangedRecord[];
  changed: ChangedRecord[];
  removed: ChangedRecord[];
}

/** What a publish will change, or what a roll back changed. */
export interface ChangeSummary {
  from_version: number;
  offers: Changes;
  organisations: Changes;
  needs: Changes;
  catalogue_changed: boolean;
  total: number;
}

export interface VersionEntry {
  version: number;
  published_at: string;
  note: string | null;
  by: string | null;
}

export interface Proposal {
  id: number;
  catalogue_id: string;
  offer_id: string;
  organisation_id: string;
  author: string;
  offer: Offer;
  base_revision: number | null;
  status: 'open' | 'approved' | 'rejected';
  comment: string | null;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  catalogue_id: string | null;
  action: string;
  target: string | null;
  detail: unknown;
}

/** How a CSV column was read. */
export interface ColumnMapping {
  column: string;
  /** The offer field (with language for texts), or null when the column is ignored. */
  field: string | null;
}

/** The answer to an HSDS or CSV import, tried or applied: nothing is applied while any record is rejected. */
export interface ImportReport {
  language: ContentLanguage;
  applied: boolean;
  added: string[];
  updated: string[];
  rejected: Rejected[];
  /** CSV imports only. */
  columns?: ColumnMapping[];
}

/** The anonymous referral counts of one catalogue: month ("YYYY-MM") → offer id → count. */
export interface UsageTotals {
  catalogue_id: string;
  months: Record<string, Record<string, number>>;
}
