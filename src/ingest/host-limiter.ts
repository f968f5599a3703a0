/** Limits how many requests run at once against each host: a small promise-based semaphore keyed by hostname. */
import { describeValue, ErrorCode, TriangulateError } from "../model/errors.js";

export const DEFAULT_PER_HOST = 2;

interface HostSlots {
  active: number;
  readonly waiting: (() => void)[];
}

/** Runs tasks with at most `perHost` of them active for the same host; tasks for other hosts never wait. */
export class HostLimiter {
  readonly perHost: number;
  private readonly hosts = new Map<string, HostSlots>();

  constructor(perHost: number = DEFAULT_PER_HOST) {
    if (!Number.isInteger(perHost) || perHost < 1) {
      throw new TriangulateError(
        ErrorCode.Usage,
        `expected a positive whole number of requests per host, found ${typeof perHost === "number" ? perHost : describeValue(perHost)}`,
      );
    }
    this.perHost = perHost;
  }

  /** Runs `task` once a slot for `host` is free; a `signal` that aborts while waiting rejects with its reason. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(host.toLowerCase(), signal);
    try {
      return await task();
    } finally {
      this.release(host.toLowerCase());
    }
  }

  /** How many tasks run now for `host`. */
  active(host: string): number {
    return this.hosts.get(host.toLowerCase())?.active ?? 0;
  }

  private acquire(host: string, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const slots = this.hosts.get(host) ?? { active: 0, waiting: [] };
    this.hosts.set(host, slots);
    if (slots.active < this.perHost) {
      slots.active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const at = slots.waiting.indexOf(wake);
        if (at >= 0) slots.waiting.splice(at, 1);
        reject(signal?.reason);
      };
      // The releasing task hands its slot straight to the waiter, so `active` is not decremented in between.
      const wake = (): void => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      slots.waiting.push(wake);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  private release(host: string): void {
    const slots = this.hosts.get(host);
    if (!slots) return;
    const next = slots.waiting.shift();
    if (next) {
      next();
      return;
    }
    slots.active--;
    if (slots.active === 0) this.hosts.delete(host);
  }
}
