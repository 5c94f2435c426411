/**
 * Exact distinct-person counts without the contacts: each desk-day and
 * desk-month keeps the set of its identified people as sorted person numbers
 * (small integers standing for person ids, one per tenant), delta- and
 * varint-encoded (about 2 bytes a person). A period's distinct people are the
 * union of its desks' month and edge-day sets, counted in a bitmap: the cost
 * follows desks × months × people seen, not the contacts. Pure.
 */

/** Encode ascending, distinct, non-negative integers (unsigned LEB128 of the gaps). */
export function encodePersonSet(numbers: readonly number[]): Buffer {
  const out = Buffer.alloc(numbers.length * 5);
  let at = 0;
  let previous = -1;
  for (const n of numbers) {
    if (!(n > previous)) throw new Error('person numbers must ascend');
    let gap = n - previous - 1;
    previous = n;
    while (gap >= 0x80) {
      out[at++] = (gap & 0x7f) | 0x80;
      gap = Math.floor(gap / 0x80);
    }
    out[at++] = gap;
  }
  return out.subarray(0, at);
}

/** Call `visit` with each number of an encoded set, in ascending order. */
export function forEachInPersonSet(bytes: Uint8Array, visit: (n: number) => void): void {
  let previous = -1;
  let at = 0;
  while (at < bytes.length) {
    let gap = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++]!;
      gap += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 0x80;
    }
    previous += gap + 1;
    visit(previous);
  }
}

export function decodePersonSet(bytes: Uint8Array): number[] {
  const out: number[] = [];
  forEachInPersonSet(bytes, (n) => out.push(n));
  return out;
}

/** A growing bitmap of person numbers that counts the distinct ones it is given. */
export class PersonUnion {
  private bits = new Uint32Array(1024);
  size = 0;

  add(n: number): void {
    const word = n >>> 5;
    if (word >= this.bits.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    const mask = 1 << (n & 31);
    if ((this.bits[word]! & mask) === 0) {
      this.bits[word] = this.bits[word]! | mask;
      this.size += 1;
    }
  }

  addEncoded(bytes: Uint8Array): void {
    forEachInPersonSet(bytes, (n) => this.add(n));
  }

  /** The members, ascending. */
  numbers(): number[] {
    const out: number[] = [];
    for (let word = 0; word < this.bits.length; word++) {
      let w = this.bits[word]!;
      while (w !== 0) {
        const low = w & -w;
        out.push(word * 32 + 31 - Math.clz32(low));
        w ^= low;
      }
    }
    return out;
  }
}
