// The typed query reaches the URL once after a pause since the last key, with the last value.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { laterWrite } from '../../src/app/later-write.ts';

describe('laterWrite', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('writes the last value once, a pause after the last key rather than the first', () => {
    const written: string[] = [];
    const w = laterWrite((v) => void written.push(v), 350);
    w.later('fo');
    vi.advanceTimersByTime(200);
    w.later('fod');
    vi.advanceTimersByTime(200); // 400 ms after the first key, 200 after the last
    expect(written).toEqual([]);
    w.later('fodbold');
    vi.advanceTimersByTime(349);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['fodbold']);
    vi.advanceTimersByTime(5_000);
    expect(written).toEqual(['fodbold']);
  });

  it('writes at once on `now` and answers with the write', async () => {
    const written: string[] = [];
    const w = laterWrite(async (v) => void written.push(v), 350);
    expect(w.now()).toBeUndefined();
    w.later('modr');
    const done = w.now();
    expect(done).toBeInstanceOf(Promise);
    await done;
    expect(written).toEqual(['modr']);
    vi.advanceTimersByTime(1_000);
    expect(written).toEqual(['modr']);
  });

  it('drops a pending value on cancel and starts afresh after it', () => {
    const written: string[] = [];
    const w = laterWrite((v) => void written.push(v), 350);
    w.later('a');
    w.cancel();
    vi.advanceTimersByTime(1_000);
    expect(written).toEqual([]);
    w.later('ab');
    vi.advanceTimersByTime(350);
    expect(written).toEqual(['ab']);
  });
});
