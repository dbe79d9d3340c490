import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/storage';
import type { ParleyError } from '@/lib/result';
import type { Blocker } from '@/lib/ui/composer-check';
import { blockerText } from '@/lib/ui/composer-text';

interface Props {
  blockers: Blocker[];
  sending: boolean;
  refused?: ParleyError;
  settings: Pick<Settings, 'sendMethod' | 'autoSubmit'>;
  onSend(): void;
}

/** What Send will do, in the seller's words: Parley never sends anything the seller has not seen. */
function whatHappens(settings: Props['settings']): string {
  if (settings.sendMethod === 'email') return t('composerSendWillEmail');
  return t(settings.autoSubmit ? 'composerSendWillSubmit' : 'composerSendWillFill');
}

/**
 * Send, and why it cannot be pressed yet: the first thing to fix is said next
 * to the button and tied to it (aria-describedby), so a disabled Send never
 * leaves the seller guessing.
 */
export function SendBar({ blockers, sending, refused, settings, onSend }: Props) {
  const blocked = blockers.length > 0;
  const first = blockers[0];
  return (
    <div class="parley-send">
      <button
        type="button"
        class="parley-button parley-button--primary"
        disabled={blocked || sending}
        aria-describedby="parley-send-why"
        onClick={onSend}
      >
        {t('composerSend')}
      </button>
      <p id="parley-send-why" class="parley-send__why" data-blocked={blocked ? 'true' : 'false'}>
        {sending ? t('composerSending') : first ? blockerText(first) : whatHappens(settings)}
        {blockers.length > 1 && ` ${t('composerMoreToFix', String(blockers.length - 1))}`}
      </p>
      {refused && (
        <p class="parley-notice parley-notice--error" role="alert">
          {t('composerSendRefused', refused.message)}
        </p>
      )}
    </div>
  );
}
