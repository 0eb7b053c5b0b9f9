/** How the next quote is picked. */
export type Order = 'sequence' | 'shuffle' | 'random';

type Rnd = () => number;

function shuffle(a: number[], rnd: Rnd): number[] {
  for (let k = a.length - 1; k > 0; k--) {
    const r = Math.floor(rnd() * (k + 1));
    [a[k], a[r]] = [a[r], a[k]];
  }
  return a;
}

/** The rest of a first shuffle cycle that starts on `first`: every other quote, shuffled. */
export function startBag(first: number, n: number, rnd: Rnd = Math.random): number[] {
  return shuffle([...Array(n).keys()].filter((k) => k !== first), rnd);
}

/**
 * Index of the quote that follows `i` among `n`. `bag` holds what is left of the current
 * shuffle cycle and is consumed in place: a cycle shows every quote once, and a new cycle
 * never starts with the quote just shown. `random` never repeats the current quote either.
 */
export function nextIndex(order: Order, i: number, n: number, bag: number[], rnd: Rnd = Math.random): number {
  if (n < 2) return 0;
  if (order === 'random') {
    const j = Math.floor(rnd() * (n - 1));
    return j >= i ? j + 1 : j;
  }
  if (order === 'shuffle') {
    if (!bag.length) {
      bag.push(...shuffle([...Array(n).keys()], rnd));
      // pop() takes from the end: keep the quote just shown away from there.
      if (bag[n - 1] === i) [bag[0], bag[n - 1]] = [bag[n - 1], bag[0]];
    }
    return bag.pop()!;
  }
  return (i + 1) % n;
}
