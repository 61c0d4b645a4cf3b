import { randomFillSync } from 'node:crypto';

/**
 * Time-ordered ids (UUID version 7, RFC 9562): 48 bits of milliseconds, a 12-bit counter within the millisecond,
 * then random bits. An import writes hundreds of thousands of workers and their rows; with random ids every
 * new row landed on a random page of each index keyed by a worker or row id (the workers' primary key, the
 * foreign keys of phones, stays, skills, key rows and source records) and every foreign-key check read one,
 * so a million-row registry's writes touched, and logged, a page per row per index. Ordered ids fill the
 * right-hand pages, which stay in memory.
 */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const POOL_IDS = 512;
/** Eight random bytes an id: the variant's byte and seven more. */
const pool = Buffer.alloc(8 * POOL_IDS);
let offset = pool.length;
let lastMs = -1;
let counter = 0;
const COUNTER_MAX = 0xfff;

export function uuidv7(now: number = Date.now()): string {
  // Never backwards: a clock set back, or more than 4,096 ids in one millisecond, goes on from the last one.
  let ms = Math.max(now, lastMs);
  if (ms === lastMs) {
    counter++;
    if (counter > COUNTER_MAX) {
      ms++;
      counter = 0;
    }
  } else counter = 0;
  lastMs = ms;
  if (offset >= pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const r = offset;
  offset += 8;
  const high = Math.floor(ms / 0x1000000);
  const low = ms % 0x1000000;
  return (
    HEX[(high >>> 16) & 0xff]! +
    HEX[(high >>> 8) & 0xff]! +
    HEX[high & 0xff]! +
    HEX[(low >>> 16) & 0xff]! +
    '-' +
    HEX[(low >>> 8) & 0xff]! +
    HEX[low & 0xff]! +
    '-' +
    HEX[0x70 | (counter >>> 8)]! +
    HEX[counter & 0xff]! +
    '-' +
    HEX[0x80 | (pool[r]! & 0x3f)]! +
    HEX[pool[r + 1]!]! +
    '-' +
    HEX[pool[r + 2]!]! +
    HEX[pool[r + 3]!]! +
    HEX[pool[r + 4]!]! +
    HEX[pool[r + 5]!]! +
    HEX[pool[r + 6]!]! +
    HEX[pool[r + 7]!]!
  );
}
