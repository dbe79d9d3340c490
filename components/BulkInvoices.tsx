import type { Pairing } from '@/lib/domain/invoice-pairing';
import { formatSize } from '@/lib/domain/attachments';
import { t, type MessageKey } from '@/lib/i18n';
import { useBulk } from '@/lib/ui/bulk-store';

/**
 * "Add invoices" in the bulk review, for a reason that takes files: many files at
 * once (a multi-select, a folder, or dropped), each paired with its order by the
 * order id in its name. Every pairing is shown, with the orders left without a
 * file and the files that matched no ready order (and why), before Confirm.
 */
export function BulkInvoices({ pairing }: { pairing: Pairing }) {
  const { invoices, addInvoices, clearInvoices } = useBulk();
  const pick = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    addInvoices([...(input.files ?? [])]);
    input.value = '';
  };
  const nameOf = (index: number) => invoices[index]?.name ?? '';
  return (
    <section
      class="parley-bulk__invoices"
      aria-labelledby="parley-invoices-title"
      data-pairs={pairing.pairs.length}
      data-without={pairing.ordersWithout.length}
      data-unmatched={pairing.unmatched.length}
      onDragOver={(e) => e.dataTransfer?.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => {
        if (!e.dataTransfer?.files.length) return;
        e.preventDefault();
        addInvoices([...e.dataTransfer.files]);
      }}
    >
      <h2 id="parley-invoices-title">{t('bulkInvoicesTitle')}</h2>
      <p class="parley-hint">{t('bulkInvoicesHint')}</p>
      <label class="parley-button">
        {t('bulkInvoicesAdd')}
        <input type="file" multiple class="parley-visually-hidden" aria-label={t('bulkInvoicesAdd')} onChange={pick} />
      </label>{' '}
      <label class="parley-button">
        {t('bulkInvoicesFolder')}
        <input
          type="file"
          multiple
          class="parley-visually-hidden"
          aria-label={t('bulkInvoicesFolder')}
          {...{ webkitdirectory: '' }}
          onChange={pick}
        />
      </label>{' '}
      {invoices.length > 0 && (
        <button type="button" class="parley-link" onClick={clearInvoices}>
          {t('bulkInvoicesClear')}
        </button>
      )}
      <p role="status">
        {t('bulkInvoicesSummary', [String(pairing.pairs.length), String(pairing.ordersWithout.length), String(pairing.unmatched.length)])}
      </p>
      {pairing.pairs.length > 0 && (
        <ul aria-label={t('bulkInvoicesPaired')} class="parley-bulk__pairs">
          {pairing.pairs.map((p) => (
            <li key={p.orderId} data-parley-pair={p.orderId}>
              {t('bulkInvoicesPair', [p.orderId, p.files.map((i) => `${nameOf(i)} (${formatSize(invoices[i]?.size ?? 0)})`).join(', ')])}
            </li>
          ))}
        </ul>
      )}
      {pairing.ordersWithout.length > 0 && invoices.length > 0 && (
        <ul aria-label={t('bulkInvoicesWithout')} class="parley-bulk__without">
          {pairing.ordersWithout.map((id) => (
            <li key={id} data-parley-without={id}>
              {id}
            </li>
          ))}
        </ul>
      )}
      {pairing.unmatched.length > 0 && (
        <ul aria-label={t('bulkInvoicesUnmatched')} class="parley-bulk__unmatched">
          {pairing.unmatched.map((u) => (
            <li key={u.file} data-parley-unmatched={nameOf(u.file)}>
              {nameOf(u.file)} — {t(`bulkInvoicesWhy_${u.why}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
