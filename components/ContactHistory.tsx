import { useEffect, useState } from 'preact/hooks';
import type { OrderFacts } from '@/lib/domain/order';
import type { PastMessage } from '@/lib/protocol/contacts';
import { t, type MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { reasonLabel, whenText } from '@/lib/ui/contacts-text';

/**
 * The order's past messages from Parley, newest first: when, why, which way,
 * what became of it; the text on demand (it is buyer data: shown as text, only
 * here, in Parley's own page). Nothing is shown when there are none.
 */
export function ContactHistory({ order }: { order: OrderFacts }) {
  const [messages, setMessages] = useState<PastMessage[]>([]);
  useEffect(() => {
    let live = true;
    void sendMessage('contacts/history', { orderId: order.orderId }).then((answer) => {
      if (live && answer.ok) setMessages(answer.value.messages);
    });
    return () => {
      live = false;
    };
  }, [order.orderId]);
  if (messages.length === 0) return null;
  const now = Date.now();
  return (
    <section class="parley-history" aria-labelledby="parley-history-title" data-testid="contact-history">
      <h3 id="parley-history-title">{t('contactsHistoryTitle')}</h3>
      <ul>
        {messages.slice(0, 10).map((m) => (
          <li key={`${m.at}-${m.outcome}`} data-outcome={m.outcome}>
            <span class="parley-history__when" title={new Date(m.at).toLocaleString()}>
              {whenText(m.at, now)}
            </span>{' '}
            <span>{reasonLabel(m.reason)}</span>{' '}
            <span class="parley-hint">
              {t(`contactsTransport_${m.transport}` as MessageKey)} · {t(`contactsOutcome_${m.outcome}` as MessageKey)}
            </span>
            <details>
              <summary>{t('contactsHistoryShow')}</summary>
              <pre class="parley-history__text">{m.text || t('contactsHistoryUnreadable')}</pre>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
