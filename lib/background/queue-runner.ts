/**
 * The queue runner: stateless between events. Each `tick` reads the queue,
 * applies what time and the tab say (deadlines, a closed tab, the sign-in
 * page, pause, the daily cap), starts at most one job, and asks to be woken
 * again (an alarm survives the worker; a timer is quicker while it lives).
 * Order inside a tick: write `filling`, then open the tab.
 */
import { browser } from 'wxt/browser';
import { BUSY_STATES, transition } from '../domain/queue';
import { countTowardCap, expire, nextRunnable, nextWakeAt, planHolds, recover, type PlannedEvent } from '../domain/queue-plan';
import { getSettings, queueBootItem } from '../storage';
import { applyPlanned, updateJobs, transitionJob, type Change, type StoredJob } from './queue-store';
import { contactBuyerUrl, isSignInUrl, orderIdOfContactUrl } from '../domain/seller-central-urls';
import { openInParleyTab, parleyTab } from './queue-tab';

export const QUEUE_ALARM = 'parley-queue';
/** A slow backstop while jobs are alive, in case a wake-up was lost between a write and its alarm. */
export const QUEUE_WATCH_ALARM = 'parley-queue-watch';
const DAY_MS = 86_400_000;
/** A timer is used for waits shorter than this; the alarm is always set too. */
const TIMER_LIMIT_MS = 25_000;
/** A fill's page has had this long to start loading before the runner navigates again. */
const NAVIGATION_GRACE_MS = 10_000;

let ticks: Promise<unknown> = Promise.resolve();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Ticks never overlap: one decides and acts before the next looks. */
function serialTick<T>(fn: () => Promise<T>): Promise<T> {
  const run = ticks.then(fn, fn);
  ticks = run.catch(() => undefined);
  return run;
}

/** Does the tab show this job's Contact Buyer page (or is it on its way there)? */
function tabShows(tab: { url?: string; pendingUrl?: string }, job: StoredJob): boolean {
  return [tab.url, tab.pendingUrl].some((u) => {
    try {
      const url = new URL(u ?? '');
      return url.host === job.host && orderIdOfContactUrl(url) === job.orderId;
    } catch {
      return false;
    }
  });
}

/** Terminal jobs older than the retention period leave the queue (and their sealed text with them). */
function prune(jobs: StoredJob[], now: number, retentionDays: number): StoredJob[] {
  const cutoff = now - retentionDays * DAY_MS;
  return jobs.filter((j) => !((j.state === 'sent' || j.state === 'canceled') && j.updatedAt < cutoff));
}

interface TickResult {
  start?: StoredJob;
  renavigate?: StoredJob;
  jobs: StoredJob[];
}

export function tick(now?: number): Promise<void> {
  return serialTick(() => tickNow(now ?? Date.now()));
}

/** `signedOut`: the Parley tab was just sent to Amazon's sign-in page (a tab event said so). */
async function tickNow(now: number, signedOut = false): Promise<void> {
  {
    const settings = await getSettings();
    const tab = await parleyTab();
    const result = await updateJobs<TickResult>((jobs) => {
      const planned: PlannedEvent[] = [];
      const busy = jobs.filter((j) => BUSY_STATES.includes(j.state));
      if (busy.length > 0 && !tab) planned.push(...recover(busy, 'tabClosed'));
      else {
        // The tab's URL alone is old news right after a retry (it still shows the sign-in page
        // while the new navigation loads): without the event, trust it only for a fill that stalled.
        const onSignIn = isSignInUrl(tab?.url) && !tab?.pendingUrl;
        for (const j of busy) {
          const stalled = now - (j.startedAt ?? now) > NAVIGATION_GRACE_MS;
          if (j.state === 'filling' && (signedOut || (onSignIn && stalled)))
            planned.push({ jobId: j.id, event: { type: 'hold', reason: 'signedOut' } });
        }
      }
      planned.push(...expire(jobs, now));
      const first = applyPlanned(jobs, planned, now);
      const second = applyPlanned(first.jobs, planHolds(first.jobs, settings, countTowardCap(first.jobs, now)), now);
      let list = prune(second.jobs, now, settings.retentionDays);
      const changes: Change[] = [...first.changes, ...second.changes];
      let start: StoredJob | undefined;
      const pick = nextRunnable(list, now, settings, countTowardCap(list, now));
      const started = pick ? transition(pick, { type: 'startFill' }, now) : undefined;
      if (pick && started?.ok) {
        start = started.job;
        list = list.map((j) => (j.id === pick.id ? started.job : j));
        changes.push({ before: pick, after: started.job });
      }
      // A fill whose page never started loading (the worker stopped between write and navigation): navigate again.
      const filling = list.find((j) => j.state === 'filling');
      const stalled = filling && now - (filling.startedAt ?? now) > NAVIGATION_GRACE_MS;
      const renavigate = !start && stalled && tab && !isSignInUrl(tab.url) && !tabShows(tab, filling) ? filling : undefined;
      const changed = changes.length > 0 || list.length !== jobs.length;
      return { jobs: changed ? list : undefined, changes, value: { start, renavigate, jobs: list } };
    }, now);

    const job = result.start ?? result.renavigate;
    if (job) {
      try {
        await openInParleyTab(contactBuyerUrl(job));
      } catch {
        await transitionJob(job.id, { type: 'transientError', error: { code: 'tabError' } });
      }
    }
    const wake = nextWakeAt(result.jobs, Date.now());
    if (wake !== undefined) await scheduleWake(wake, Date.now());
    await keepWatch(result.jobs.some((j) => !['sent', 'canceled', 'failed'].includes(j.state)));
  }
}

/** New work was written (enqueue, retry): make sure a stopped worker is woken for it soon. */
export async function wakeSoon(now = Date.now()): Promise<void> {
  await scheduleWake(now + 1000, now);
  await keepWatch(true);
}

/** Ask to be woken at `when`: an alarm (survives the worker) and, for short waits, a timer. */
async function scheduleWake(when: number, now: number): Promise<void> {
  const at = Math.max(when, now + 1000);
  const existing = await browser.alarms.get(QUEUE_ALARM).catch(() => undefined);
  if (!existing || existing.scheduledTime > at || existing.scheduledTime < now) await browser.alarms.create(QUEUE_ALARM, { when: at });
  if (at - now < TIMER_LIMIT_MS) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick().catch(report), at - now + 50);
  }
}

async function keepWatch(live: boolean): Promise<void> {
  const existing = await browser.alarms.get(QUEUE_WATCH_ALARM).catch(() => undefined);
  if (live && !existing) await browser.alarms.create(QUEUE_WATCH_ALARM, { periodInMinutes: 1 });
  if (!live && existing) await browser.alarms.clear(QUEUE_WATCH_ALARM);
}

function report(e: unknown): void {
  console.warn('[parley] queue tick failed', e instanceof Error ? e.name : 'error');
}

/** Resolves when every tick asked for so far has finished (tests, and callers that must see the result). */
export async function settled(): Promise<void> {
  let seen: Promise<unknown>;
  do {
    seen = ticks;
    await seen;
  } while (seen !== ticks);
}

/** Forget a pending timer (tests). */
export function stopTimer(): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
}

/** Run a tick without waiting for it (events, messages); with `when`, only if it says so at its turn. */
export function kick(when?: () => Promise<boolean>, signedOut = false): void {
  void serialTick(async () => {
    if (!when || (await when())) await tickNow(Date.now(), signedOut);
  }).catch(report);
}

/**
 * Worker start. If this browser session has not seen Parley's queue yet (a
 * browser restart, or Parley was reloaded), the tabs the jobs ran in are gone:
 * recover() decides what that means for each. Otherwise (only the worker
 * stopped) pages live on and report to the new worker; deadlines cover the rest.
 */
export function startUp(now = Date.now()): Promise<void> {
  return serialTick(async () => {
    if ((await queueBootItem.getValue()) !== null) return;
    await updateJobs((jobs) => {
      const { jobs: list, changes } = applyPlanned(jobs, recover(jobs), now);
      return { jobs: changes.length ? list : undefined, changes, value: undefined };
    }, now);
    await queueBootItem.setValue(now);
  }).then(() => tick());
}
