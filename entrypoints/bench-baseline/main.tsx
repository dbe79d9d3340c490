/**
 * `npm run bench`'s baseline for the composer: the bare minimum an extension
 * page can do, in the same build as the popup (one Preact component, a
 * textarea whose input handler only counts characters). Built only with
 * PARLEY_BENCH=1 (wxt.config.ts), never shipped. Not user-facing: no i18n.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';

function Baseline() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <textarea id="bench-message" aria-label="message" onInput={(e) => setCount(e.currentTarget.value.length)} />
      <p id="bench-count">{count}</p>
    </main>
  );
}

render(<Baseline />, document.getElementById('app')!);
