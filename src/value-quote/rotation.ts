/** How the next quote is picked. */
export type Order = 'sequence' | 'shuffle' | 'random';

type Rnd = () => number;

/** The rest of a first shuffle cycle that starts on `first`: every other quote, shuffled (Fisher–Yates). */
export function startBag(first: number, n: number, rnd: Rnd = Math.random): number[] {
  const a = [...Array(n).keys()].filter((k) => k !== first);
  for (let k = a.length; k > 1; ) {
    const r = Math.floor(rnd() * k--);
    [a[k], a[r]] = [a[r], a[k]];
  }
  return a;
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
    return j < i ? j : j + 1;
  }
  if (order === 'shuffle') {
    if (!bag.length) {
      // pop() takes from the end: the quote just shown goes anywhere but there.
      bag.push(...startBag(i, n, rnd));
      bag.splice(Math.floor(rnd() * (n - 1)), 0, i);
    }
    return bag.pop()!;
  }
  return (i + 1) % n;
}
