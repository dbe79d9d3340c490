import { formatSize, ALLOWED_EXTENSIONS } from '@/lib/domain/attachments';
import type { ContactReason } from '@/lib/domain/reasons';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { useAttachments } from '@/lib/ui/attachments-store';

const ACCEPT = ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',');

/** Email hand-off: a mail link cannot carry files, so each is offered as a download to attach by hand. */
async function download(orderId: string, fileId: string): Promise<void> {
  const answer = await sendMessage('composer/fileGet', { orderId, fileId });
  if (!answer.ok) return;
  const bytes = Uint8Array.from(atob(answer.value.data), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: answer.value.type || 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = answer.value.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Props {
  reason?: ContactReason;
  email: boolean;
  disabled: boolean;
}

/**
 * "Attach files" for reasons that take files (and whenever files are attached, so
 * a reason that takes none says so): a native file input, the list with name,
 * size and Remove, and what went wrong in words. Dropping files anywhere on the
 * composer adds them too (Composer.tsx). The checks against the reason are in the
 * rules check's list, beside the text's.
 */
export function AttachFiles({ reason, email, disabled }: Props) {
  const { orderId, files, busy, error, add, remove } = useAttachments();
  if (!orderId || (!reason?.attachments.allowed && files.length === 0)) return null;
  return (
    <section class="parley-attach" aria-labelledby="parley-attach-title">
      <h3 id="parley-attach-title" class="parley-attach__title">
        {t('composerFilesTitle')}
      </h3>
      <label class="parley-button parley-attach__pick">
        {t('composerAttachFiles')}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          aria-label={t('composerAttachFiles')}
          disabled={disabled || busy}
          class="parley-visually-hidden"
          onChange={(e) => {
            const input = e.currentTarget;
            void add([...(input.files ?? [])]).then(() => (input.value = ''));
          }}
        />
      </label>
      <p class="parley-hint">{t('composerFilesHint')}</p>
      {files.length > 0 && (
        <ul class="parley-attach__list" aria-label={t('composerFilesList')}>
          {files.map((f) => (
            <li key={f.id} data-parley-file={f.id}>
              <span class="parley-attach__name">{f.name}</span> <span class="parley-attach__size">{formatSize(f.size)}</span>{' '}
              {email && (
                <button type="button" class="parley-link" onClick={() => void download(orderId, f.id)}>
                  {t('composerFileDownload')}
                </button>
              )}{' '}
              <button
                type="button"
                class="parley-link"
                disabled={disabled}
                aria-label={t('composerFileRemove', f.name)}
                onClick={() => void remove(f.id)}
              >
                {t('composerFileRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {email && files.length > 0 && <p class="parley-hint">{t('composerFilesEmailNote')}</p>}
      <p role="status" aria-live="polite" class={error ? 'parley-error' : 'parley-visually-hidden'}>
        {busy ? t('composerFilesAdding') : (error ?? '')}
      </p>
    </section>
  );
}
