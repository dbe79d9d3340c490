import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { JobView } from '@/lib/domain/queue-view';

const POLL_MS = 1000;
const stateKey = (state: string) => `queueState_${state.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey;

/** After Send: the message is in the queue; its state follows live while the popup is open. */
export function ComposerQueued({ jobId, transport, onNew }: { jobId: string; transport: 'form' | 'email'; onNew(): void }) {
  const [job, setJob] = useState<JobView | undefined>();
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const answer = await sendMessage('queue/list', {});
      if (stopped) return;
      if (answer.ok) setJob(answer.value.jobs.find((j) => j.id === jobId));
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    let timer = setTimeout(() => void poll(), 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);
  return (
    <div class="parley-queued" role="status" data-testid="composer-queued">
      <p class="parley-notice parley-notice--ok">{t(transport === 'email' ? 'composerQueuedEmail' : 'composerQueuedForm')}</p>
      {job && <p>{t('composerJobState', t(stateKey(job.state)))}</p>}
      <button type="button" class="parley-button" onClick={onNew}>
        {t('composerNewMessage')}
      </button>
    </div>
  );
}
