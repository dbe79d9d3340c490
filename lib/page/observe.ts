/**
 * Watch, don't poll: call `fn` once for every element matching `selector`,
 * now and whenever one is added later, until `signal` aborts. Each element is
 * handled at most once per observer (a WeakSet, so re-rendered nodes, which
 * are new elements, are handled again and old ones can be collected).
 */
/** Added nodes under one parent above which observe() queries the parent once instead. */
export const BATCH_SCAN = 16;

export interface ObserveOptions {
  signal: AbortSignal;
  root?: ParentNode & Node;
  /**
   * `fn` inserts nodes this observer never needs to see (e.g. a button after
   * each match): drop the records of its own insertions instead of walking
   * them again (2000 records after a 2000-row render).
   */
  ignoreOwnMutations?: boolean;
  /**
   * Call `fn` again for an element seen before (e.g. a row moved by sorting):
   * for callers that are idempotent by themselves and cheap to repeat, it
   * saves remembering every element.
   */
  repeat?: boolean;
}

/**
 * `selector` may be a list of fallbacks (e.g. ORDER_PAGE.buyerNameLink): a query then uses
 * the first that finds anything (one cheap selector instead of the joined
 * list, which costs several times more on a 2000-row page); single added
 * nodes are matched against any of them.
 */
export function observe<E extends Element = Element>(
  selector: string | readonly string[],
  fn: (element: E) => void,
  { signal, root = document, ignoreOwnMutations = false, repeat = false }: ObserveOptions,
): void {
  if (signal.aborted) return;
  const list = typeof selector === 'string' ? [selector] : selector;
  const any = list.join(', ');
  const seen = new WeakSet<Element>();
  const visit = repeat
    ? (fn as (el: Element) => void)
    : (el: Element): void => {
        if (seen.has(el)) return;
        seen.add(el);
        fn(el as E);
      };
  const scan = (node: ParentNode): void => {
    for (const one of list) {
      const found = node.querySelectorAll(one);
      // Indexed: cheaper than the NodeList iterator on big batches.
      for (let i = 0; i < found.length; i += 1) visit(found[i]!);
      if (found.length > 0) return;
    }
  };
  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const added = record.addedNodes;
      // A re-render adds many nodes under one parent: one query of that parent
      // beats a match and a query per added node (the WeakSet skips the old ones).
      if (added.length > BATCH_SCAN && record.target.nodeType === Node.ELEMENT_NODE) {
        scan(record.target as Element);
        continue;
      }
      for (let i = 0; i < added.length; i += 1) {
        const node = added[i]!;
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as Element;
        if (el.matches(any)) visit(el);
        // Inside Parley's own insertions (buttons, marks, checkboxes) there is no page content to find.
        if (el.firstElementChild && !el.hasAttribute('data-parley')) scan(el);
      }
    }
    // Records queued while this callback ran are the callback's own doing: other
    // observers' changes were queued before it (and are in `records`) or come after.
    if (ignoreOwnMutations) observer.takeRecords();
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** One MutationObserver per root for every afterChanges() caller: each observer costs the page on every mutation. */
const sweepers = new WeakMap<Node, { subscribers: Set<() => void>; observer: MutationObserver }>();

/**
 * For features that decorate what another feature or the page has rendered
 * and can afford to wait: the MutationObserver callback only schedules `fn`
 * (coalesced, after `delayMs`), so nothing runs on the page's render path.
 * `fn` then sweeps the page once. Runs once at start too. Callers on the same
 * root share one observer.
 */
export function afterChanges(
  fn: () => void,
  { signal, root = document, delayMs = 0 }: { signal: AbortSignal; root?: Node; delayMs?: number },
): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) fn();
    }, delayMs);
  };
  let shared = sweepers.get(root);
  if (!shared) {
    const subscribers = new Set<() => void>();
    const observer = new MutationObserver(() => {
      for (const notify of subscribers) notify();
    });
    observer.observe(root, { childList: true, subtree: true });
    shared = { subscribers, observer };
    sweepers.set(root, shared);
  }
  const mine = shared;
  mine.subscribers.add(schedule);
  schedule();
  signal.addEventListener(
    'abort',
    () => {
      mine.subscribers.delete(schedule);
      if (timer) clearTimeout(timer);
      if (mine.subscribers.size === 0) {
        sweepers.delete(root);
        mine.observer.disconnect();
      }
    },
    { once: true },
  );
}
