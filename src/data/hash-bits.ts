// A set of 32-bit hashes kept as bits, which tells apart the hashes seen once from those
// seen again. Finding repeated ids among 100,000 with it costs a bit test per id: only the
// ids whose hash bit was met twice are then compared as strings.

/** The hashes seen so far, one bit each, and which of those bits were met again. */
export class HashBits {
  /** Some hash met a bit already set. */
  clashed = false;
  private readonly mask: number;
  private readonly seen: Int32Array;
  private readonly met: Int32Array;

  /**
   * Sized for `count` hashes: 32 bits for each (from 2^10 to 2^25 in all), so that about
   * one new hash in 32 meets an earlier one by chance.
   */
  constructor(count: number) {
    const bits = 2 ** Math.min(25, Math.max(10, Math.ceil(Math.log2(count * 32))));
    this.mask = bits - 1;
    this.seen = new Int32Array(bits / 32);
    this.met = new Int32Array(bits / 32);
  }

  add(hash: number): void {
    const bit = hash & this.mask;
    const word = bit >>> 5;
    const flag = 1 << (bit & 31);
    if (this.seen[word] & flag) {
      this.met[word] |= flag;
      this.clashed = true;
    } else {
      this.seen[word] |= flag;
    }
  }

  /** Whether `hash`'s bit was met by more than one hash added (not necessarily equal ones). */
  clashes(hash: number): boolean {
    const bit = hash & this.mask;
    return (this.met[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}
