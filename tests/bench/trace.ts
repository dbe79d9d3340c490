/**
 * What the extension costs the page's main thread, from a Chromium trace
 * (CDP Tracing, devtools.timeline): every top-level task of the renderer, and
 * inside it the time spent in functions of Parley's content script (its
 * MutationObserver callbacks, idle callbacks, timers, event listeners).
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the task really cost, whatever else the machine was doing. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

/**
 * Durations are thread (CPU) time where the trace has it (tdur), else wall
 * time: on a busy 2-core machine wall time counts other processes' turns.
 */
export interface TraceSummary {
  /** Longest task that ran any Parley code: its whole duration (ms). */
  longestTaskWithParley: number;
  /** The most time Parley's own code took in one task (ms). */
  longestParleyShare: number;
  /** Longest task started by Parley itself (idle callback, timer): ms. */
  longestParleyTask: number;
  tasks: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'].join(',');

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

export function summarise(events: readonly TraceEvent[], scriptUrl: string): TraceSummary {
  const isParley = (e: TraceEvent) => (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith(scriptUrl);
  const calls = events.filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && isParley(e));
  const threads = new Set(calls.map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  let longestTaskWithParley = 0;
  let longestParleyShare = 0;
  let longestParleyTask = 0;
  let withParley = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = calls.filter((c) => c.pid === task.pid && c.tid === task.tid && c.ts >= task.ts && c.ts < end);
    if (inside.length === 0) continue;
    withParley += 1;
    // Top-level calls only: a nested call's time is already in its parent's.
    let share = 0;
    let reach = 0;
    for (const c of inside.sort((a, b) => a.ts - b.ts)) {
      const cEnd = c.ts + (c.dur ?? 0);
      if (c.ts >= reach) share += c.tdur ?? c.dur ?? 0;
      reach = Math.max(reach, cEnd);
    }
    const taskTime = task.tdur ?? task.dur ?? 0;
    const ms = taskTime / 1000;
    longestTaskWithParley = Math.max(longestTaskWithParley, ms);
    longestParleyShare = Math.max(longestParleyShare, share / 1000);
    // A task Parley started: its first call begins the task's script work and it is most of the task.
    if (share / (taskTime || 1) > 0.5) longestParleyTask = Math.max(longestParleyTask, ms);
  }
  return { longestTaskWithParley, longestParleyShare, longestParleyTask, tasks: withParley };
}
