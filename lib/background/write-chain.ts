/**
 * A chain of writes: each task starts when the one before has settled, so a
 * read-modify-write of one stored value never interleaves with another. The
 * chain is not state: a stopped worker loses nothing by forgetting it.
 */
export function writeChain(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
