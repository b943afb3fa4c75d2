// Building the word index of a large catalogue takes seconds on a phone: this is the part that runs
// in a worker (folding, word index, name orders) and what it hands back, typed arrays transferred.
import { buildWordIndexParts, type WordIndexParts } from './search-index.ts';
import { toSearchDoc, type SearchSource } from './search-docs.ts';
import { nameOrderOf } from './search.ts';

/**
 * Raise whenever a prebuilt index would mean something else (folding, the texts indexed, the
 * parts' layout, name sorting): an index kept on a device in another format is built again.
 */
export const INDEX_FORMAT = 1;

export interface PrebuildRequest {
  /** Active offers only, in the order `createSearchIndex` will see them. */
  sources: SearchSource[];
  /** UI languages whose empty-query name order to sort ahead. */
  locales: string[];
}

/**
 * What the worker is sent: the sources a slice at a time (the structured clone of 50,000 offers'
 * texts in one postMessage is a second-long task for the sender), then the request to build.
 */
export type PrebuildMessage = { type: 'sources'; sources: SearchSource[] } | { type: 'build'; locales: string[] };

export interface PrebuiltIndex {
  docCount: number;
  parts: WordIndexParts;
  nameOrders: Record<string, Int32Array>;
}

/** The worker's whole job; a plain function so tests run it without a worker. */
export function prebuildSearchIndex(req: PrebuildRequest): { index: PrebuiltIndex; transfer: ArrayBuffer[] } {
  const parts = buildWordIndexParts(req.sources.map((s) => toSearchDoc(s).doc));
  const keyed = req.sources.map((s) => ({ key: `${s.catalogueId}/${s.offer.id}`, offer: s.offer, catalogueLanguage: s.catalogueLanguage }));
  const nameOrders = Object.fromEntries(req.locales.map((ui) => [ui, Int32Array.from(nameOrderOf(keyed, ui))]));
  const index = { docCount: req.sources.length, parts, nameOrders };
  return { index, transfer: transferablesOf(index) };
}

/** The buffers of an index's typed arrays, to move it between threads without copying. */
export function transferablesOf({ parts, nameOrders }: PrebuiltIndex): ArrayBuffer[] {
  const arrays = [parts.postingStart, parts.postingData, parts.instDoc, parts.instKey, parts.instLen, parts.docStart, ...Object.values(nameOrders)];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
