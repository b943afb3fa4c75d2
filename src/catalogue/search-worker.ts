// Worker entry: builds a large catalogue's search index off the main thread so typing never waits on it.
import type { SearchSource } from './search-docs.ts';
import { prebuildSearchIndex, type PrebuildMessage } from './search-prebuild.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PrebuildMessage>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

let sources: SearchSource[] = [];
scope.onmessage = (e) => {
  if (e.data.type === 'sources') {
    for (const source of e.data.sources) sources.push(source);
    return;
  }
  const { index, transfer } = prebuildSearchIndex({ sources, locales: e.data.locales });
  sources = [];
  scope.postMessage(index, transfer);
};
