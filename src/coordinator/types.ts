// The shapes the workspace API answers with, as the client sees them.
import type { CatalogueInfo, LocalizedText, Need, Offer, Organisation } from '../catalogue/schema.ts';

export interface Membership {
  catalogue_id: string;
  role: 'coordinator' | 'contributor';
  organisation_id: string | null;
}

export interface Account {
  username: string;
  display_name: string;
  is_admin: boolean;
  memberships: Membership[];
}

export interface SessionInfo {
  account: Account;
  csrf: string;
}

export interface WorkspaceCatalogue {
  id: string;
  name: LocalizedText;
  region: string;
  version: number;
  coordinator: boolean;
}

export interface Context {
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
  published: Offer | null;
}

export interface ChangedRecord {
  id: string;
  name: LocalizedText | string;
}

type Changes = { added: ChangedRecord[]; changed: ChangedRecord[]; removed: ChangedRecord[] };
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
  action: string;
  target: string | null;
  detail: unknown;
}
