/** How the next quote is picked. */
export type Order = 'sequence' | 'shuffle' | 'random';

/** A source of numbers in [0, 1), `Math.random` unless a test needs a fixed sequence. */
type Random = () => number;

/** The rest of a first shuffle cycle that starts on `first`: every other quote, shuffled (Fisher–Yates). */
export function startBag(first: number, count: number, random: Random = Math.random): number[] {
  const bag = [...Array(count).keys()].filter((index) => index !== first);
  for (let unshuffled = bag.length; unshuffled > 1; ) {
    const picked = Math.floor(random() * unshuffled--);
    [bag[unshuffled], bag[picked]] = [bag[picked], bag[unshuffled]];
  }
  return bag;
}

/**
 * Index of the quote that follows `currentIndex` among `count`. `bag` holds what is left of the
 * current shuffle cycle and is consumed in place: a cycle shows every quote once, and a new
 * cycle never starts with the quote just shown. `random` never repeats the current quote either.
 */
export function nextIndex(order: Order, currentIndex: number, count: number, bag: number[], random: Random = Math.random): number {
  if (count < 2) return 0;
  if (order === 'random') {
    const other = Math.floor(random() * (count - 1));
    return other < currentIndex ? other : other + 1;
  }
  if (order === 'shuffle') {
    if (!bag.length) {
      // pop() takes from the end: the quote just shown goes anywhere but there.
      bag.push(...startBag(currentIndex, count, random));
      bag.splice(Math.floor(random() * (count - 1)), 0, currentIndex);
    }
    return bag.pop()!;
  }
  return (currentIndex + 1) % count;
}

/**
 * The quote a key moves to from `currentIndex` (Home, End, the left and right arrows, mirrored
 * in right-to-left text, wrapping around); undefined for any other key.
 */
export function indexForKey(key: string, currentIndex: number, count: number, rightToLeft: boolean): number | undefined {
  const forward = rightToLeft ? -1 : 1;
  const targets: Record<string, number> = {
    Home: 0,
    End: count - 1,
    ArrowLeft: currentIndex - forward,
    ArrowRight: currentIndex + forward,
  };
  return Object.hasOwn(targets, key) ? (targets[key] + count) % count : undefined;
}

