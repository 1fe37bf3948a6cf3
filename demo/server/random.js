// @ts-check
/**
 * Seeded pseudo-random numbers for the demo data set (mulberry32). The generator never uses
 * `Math.random`, so one seed always yields the same data, in Node and in the browser.
 */

/**
 * @typedef {object} Random
 * @property {() => number} next uniform in [0, 1)
 * @property {(min: number, max: number) => number} int integer in [min, max]
 * @property {(probability: number) => boolean} chance
 * @property {<T>(list: readonly T[]) => T} pick
 * @property {(mean: number) => number} exponential
 * @property {(digits: number) => string} hex
 */

/**
 * @param {number} seed any number; equal seeds give equal sequences
 * @returns {Random}
 */
export function createRandom(seed) {
  let state = Math.imul((seed | 0) ^ 0x5bd1e995, 0x9e3779b1);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (list) => list[Math.floor(next() * list.length)],
    exponential: (mean) => -Math.log(1 - next()) * mean,
    hex: (digits) => {
      let out = '';
      while (out.length < digits) out += Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
      return out.slice(0, digits);
    },
  };
}

/**
 * A picker drawing the keys of `weights` in proportion to their values.
 * @template {Record<string, number>} W
 * @param {W} weights
 * @returns {(random: Random) => keyof W & string}
 */
export function weightedPicker(weights) {
  const keys = /** @type {(keyof W & string)[]} */ (Object.keys(weights));
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  return (random) => {
    let roll = random.next() * total;
    for (const key of keys) {
      roll -= weights[key];
      if (roll < 0) return key;
    }
    return keys[keys.length - 1];
  };
}
