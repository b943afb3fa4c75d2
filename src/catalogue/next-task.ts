// Long loops over every held offer yield here between slices, so input and paint get their turn.

/** Resolves in a task of its own (a message, not a timer: no 4 ms clamping after a few in a row). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves when the browser is idle (work that may wait for input and paint to be done first). */
export function idleTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'undefined') return void setTimeout(resolve, 50);
    requestIdleCallback(() => resolve(), { timeout: 2000 });
  });
}
