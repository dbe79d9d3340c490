import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { ImportReport as Report, QuarantinedItemView, RestoreAnswer } from '@/lib/protocol/composer';
import { ImportReport } from './ImportReport';

type Outcome = { id: string; text: string; error: boolean; report?: Report };

function outcomeOf(id: string, a: RestoreAnswer): Outcome {
  if (a.kind === 'template')
    return { id, text: t(a.restored ? 'quarantineRestoredTemplate' : 'quarantineNotRestored'), error: !a.restored, report: a.report };
  if (a.restored) return { id, text: t('quarantineRestoredDraft', a.orderId), error: false };
  return { id, text: t(`quarantineDraft_${a.why}`), error: true };
}

/**
 * Damaged templates and drafts Parley found in storage, set aside instead of
 * dropped (they are the seller's text): each with what can still be read of it,
 * Restore (a template is checked like an import; the report says what is wrong)
 * and Delete. Shown above the templates only when there are any.
 */
export function SetAsideItems({ onRestored }: { onRestored?: () => void }) {
  const [items, setItems] = useState<QuarantinedItemView[]>([]);
  const [busy, setBusy] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const load = async () => {
    const answer = await sendMessage('composer/quarantine', {});
    if (answer.ok) setItems(answer.value.items);
  };
  useEffect(() => {
    void load();
  }, []);
  if (items.length === 0 && !outcome) return null;

  const act = async (id: string, restore: boolean) => {
    setBusy(id);
    const answer = restore
      ? await sendMessage('composer/restoreQuarantined', { id })
      : await sendMessage('composer/dismissQuarantined', { id });
    setBusy(undefined);
    if (!answer.ok) setOutcome({ id, text: answer.error.message, error: true });
    else if ('kind' in answer.value) {
      setOutcome(outcomeOf(id, answer.value));
      if (answer.value.restored) onRestored?.();
    } else setOutcome({ id, text: t('quarantineDeleted'), error: false });
    await load();
  };

  return (
    <section class="parley-notice parley-notice--error parley-set-aside" aria-labelledby="parley-set-aside-title">
      <h3 id="parley-set-aside-title">{t('quarantineTitle')}</h3>
      <p>{t('quarantineIntro')}</p>
      <ul>
        {items.map((item) => {
          const label = t(item.kind === 'template' ? 'quarantineTemplate' : 'quarantineDraft', item.key ?? t('quarantineNoKey'));
          return (
            <li key={item.id} data-parley-set-aside={item.id}>
              <p>
                <strong>{label}</strong> — {item.why}
              </p>
              {item.text === null ? (
                <p>{t('quarantineUnreadable')}</p>
              ) : (
                <textarea class="parley-set-aside__raw" readOnly rows={4} aria-label={t('quarantineRawLabel', label)} value={item.text} />
              )}
              <button
                type="button"
                class="parley-button"
                disabled={busy === item.id}
                aria-label={t('quarantineRestoreLabel', label)}
                onClick={() => void act(item.id, true)}
              >
                {t('quarantineRestore')}
              </button>{' '}
              <button
                type="button"
                class="parley-button"
                disabled={busy === item.id}
                aria-label={t('quarantineDeleteLabel', label)}
                onClick={() => void act(item.id, false)}
              >
                {t('quarantineDelete')}
              </button>
            </li>
          );
        })}
      </ul>
      {outcome && (
        <div role="status" class={outcome.error ? 'parley-error' : undefined}>
          <p>{outcome.text}</p>
          {outcome.report && <ImportReport report={outcome.report} />}
        </div>
      )}
    </section>
  );
}
