/**
 * The clock of local runs and tests. `fixed` stands still until moved (tests); `running` follows the
 * machine's clock plus whatever it was moved by (`pnpm start --clock`), so a day of reminders can be
 * watched in minutes. Only ever moves forward.
 */
export class LocalClock {
  #fixed: number | undefined;
  #offset = 0;
  #base: (() => Date) | undefined;

  private constructor(fixed: number | undefined) {
    this.#fixed = fixed;
  }

  static fixed(at: Date): LocalClock {
    return new LocalClock(at.getTime());
  }

  static running(): LocalClock {
    return new LocalClock(undefined);
  }

  /** Follows `now` (a test's clock, which the test may move), plus whatever this clock is moved by. */
  static following(now: () => Date): LocalClock {
    const clock = new LocalClock(undefined);
    clock.#base = now;
    return clock;
  }

  now = (): Date => new Date(this.#fixed ?? (this.#base?.() ?? new Date()).getTime() + this.#offset);

  /** Moves to `at` (never back). */
  set(at: Date): void {
    const delta = at.getTime() - this.now().getTime();
    if (delta <= 0) return;
    if (this.#fixed !== undefined) this.#fixed += delta;
    else this.#offset += delta;
  }

  advance(ms: number): void {
    this.set(new Date(this.now().getTime() + ms));
  }
}
