import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useQueueView } from '@/lib/ui/queue-view-store';
import { QueueJob } from './QueueJob';
import { QueueQuarantine } from './QueueQuarantine';

/** The send queue on the popup's home: pause switch, today's count against the cap, every job, damaged records. */
export function QueueList() {
  const { status, data, error, busy, actionError, load, act, setPaused, dismiss, watch } = useQueueView();
  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);

  return (
    <section class="parley-queue" aria-labelledby="parley-queue-title">
      <div class="parley-queue__head">
        <h2 id="parley-queue-title">{t('queueTitle')}</h2>
        {data && (
          <label class="parley-queue__pause">
            <input
              type="checkbox"
              role="switch"
              checked={data.paused}
              aria-checked={data.paused}
              disabled={busy === 'pause'}
              onChange={(e) => void setPaused((e.currentTarget as HTMLInputElement).checked)}
            />
            {t('queuePauseLabel')}
          </label>
        )}
      </div>
      {status === 'loading' && !data && <p class="parley-hint">{t('queueLoading')}</p>}
      {status === 'failed' && (
        <p class="parley-notice parley-notice--error" role="alert">
          {error?.message}
        </p>
      )}
      {actionError?.id === 'pause' && (
        <p class="parley-notice parley-notice--error" role="alert">
          {actionError.error.message}
        </p>
      )}
      {data && (
        <>
          {data.paused && (
            <p class="parley-notice parley-notice--warning" role="status">
              {t('queuePausedNote')}
            </p>
          )}
          <p class="parley-hint">{t('queueCapLine', [String(data.sentToday), String(data.dailyCap)])}</p>
          <QueueQuarantine entries={data.quarantine} busy={busy} onDismiss={(id) => void dismiss(id)} />
          {data.jobs.length === 0 ? (
            <p class="parley-hint">{t('queueEmpty')}</p>
          ) : (
            <ul class="parley-queue__jobs">
              {data.jobs.map((job) => (
                <QueueJob
                  key={job.id}
                  job={job}
                  busy={busy === job.id}
                  refusal={actionError?.id === job.id ? actionError.error.message : undefined}
                  onAction={(action) => void act(job.id, action)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
