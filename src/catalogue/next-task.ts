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
