// The workspace's one write helper: busy while a write runs, its error kept, cleared when tried again.
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useAction } from '../../src/coordinator/useAction.ts';

describe('useAction', () => {
  it('is busy while the work runs and answers true when it succeeded', async () => {
    const { result } = renderHook(() => useAction());
    let finish!: () => void;
    let answer!: Promise<boolean>;
    act(() => {
      answer = result.current.run(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      finish();
      expect(await answer).toBe(true);
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.problem).toBeNull();
  });

  it('keeps the error of a failed write, answers false, and clears the error on the next try', async () => {
    const { result } = renderHook(() => useAction());
    const failure = new Error('server says no');
    await act(async () => {
      expect(await result.current.run(() => Promise.reject(failure))).toBe(false);
    });
    expect(result.current.problem).toBe(failure);
    expect(result.current.busy).toBe(false);

    let finish!: () => void;
    act(() => {
      void result.current.run(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.problem).toBeNull();
    await act(async () => finish());
  });
});
