/**
 * Indexed access that must succeed: the engine indexes arrays by positions it computed itself, so a
 * missing element is a bug, reported as such instead of propagating `undefined`.
 */
export function at<T>(list: ArrayLike<T>, i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`engine: index ${i} out of range (${list.length})`);
  return value;
}
