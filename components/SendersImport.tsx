import { useState } from 'preact/hooks';
import type { ImportRow } from '@/lib/domain/senders';
import { t, type MessageKey } from '@/lib/i18n';

interface Props {
  review: { at: number; host: string; rows: ImportRow[] };
  onConfirm(addresses: string[]): Promise<void>;
  onDiscard(): Promise<void>;
}

const importable = (r: ImportRow) => r.change === 'new' || r.change === 'status';

function changeText(r: ImportRow): string {
  if (r.change === 'status')
    return t('contactsImportChange_status', [
      t(`contactsStatus_${r.status}` as MessageKey),
      t(`contactsStatus_${r.before ?? 'pending'}` as MessageKey),
    ]);
  return t(`contactsImportChange_${r.change}` as MessageKey);
}

/** What a Messaging Permissions page listed, row by row: the seller ticks what to import. */
export function SendersImport({ review, onConfirm, onDiscard }: Props) {
  const [ticked, setTicked] = useState(() => new Set(review.rows.filter(importable).map((r) => r.address)));
  const toggle = (address: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(address);
    else next.delete(address);
    setTicked(next);
  };
  return (
    <section class="parley-import" aria-labelledby="parley-import-title" data-testid="senders-import">
      <h3 id="parley-import-title">{t('contactsImportTitle')}</h3>
      <p class="parley-hint">{t('contactsImportIntro', [review.host, new Date(review.at).toLocaleString()])}</p>
      <ul>
        {review.rows.map((r, i) => (
          <li key={`${r.address}-${i}`} data-change={r.change}>
            <label>
              <input
                type="checkbox"
                disabled={!importable(r)}
                checked={importable(r) && ticked.has(r.address)}
                aria-label={t('contactsImportRowLabel', r.address)}
                onChange={(e) => toggle(r.address, e.currentTarget.checked)}
              />{' '}
              <span>{r.address}</span> <span class="parley-badge">{t(`contactsStatus_${r.status}` as MessageKey)}</span>{' '}
              <span class="parley-hint">{changeText(r)}</span>
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="parley-button parley-button--primary"
        disabled={ticked.size === 0}
        onClick={() => void onConfirm([...ticked])}
      >
        {t('contactsImportConfirm')}
      </button>{' '}
      <button type="button" class="parley-button" onClick={() => void onDiscard()}>
        {t('contactsImportDiscard')}
      </button>
    </section>
  );
}
