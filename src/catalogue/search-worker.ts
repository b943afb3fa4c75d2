// Worker entry: builds a large catalogue's search index off the main thread so typing never waits on it.
import { prebuildSearchIndex, type PrebuildRequest } from './search-prebuild.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PrebuildRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

scope.onmessage = (e) => {
  const { index, transfer } = prebuildSearchIndex(e.data);
  scope.postMessage(index, transfer);
};
