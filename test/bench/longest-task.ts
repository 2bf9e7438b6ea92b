/**
 * The longest synchronous task of the main thread in a window of time, from a
 * V8 CPU profile (`node --cpu-prof`): `npm run bench:load` with
 * BENCH_CPU_PROF=on. A task is a run of consecutive samples that are not
 * `(idle)` under the same top-level frame (a timer, an immediate, a socket
 * callback, a microtask drain); `(garbage collector)` and `(program)` samples
 * count for the task they interrupt. Less sensitive to a loaded machine than
 * the event-loop delay: `samples` counts the ~1 ms ticks the thread was
 * really on a core (a descheduled thread is not sampled), `ms` is the span;
 * the task chosen is the one with the most samples.
 * Windows are in µs of the monotonic clock (`process.hrtime`), which V8's
 * profile timestamps share on Linux.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Task {
  /** Wall span of the task, ms. */
  ms: number;
  /** Samples in it (about 1 ms of CPU each). */
  samples: number;
  /** Its heaviest frames by self time, `name file:line ms`. */
  top: string[];
}

const frameName = (n: ProfileNode): string => {
  const file = n.callFrame.url.split('/').slice(-2).join('/');
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
};

/** The task with the most samples (CPU) of `profilePath` within each window [fromUs, toUs]. */
export function longestTasks(
  profilePath: string,
  windows: { fromUs: number; toUs: number }[],
): (Task | undefined)[] {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const topOf = (id: number): number => {
    let at = id;
    for (;;) {
      const up = parent.get(at);
      if (up === undefined || parent.get(up) === undefined) return at;
      at = up;
    }
  };
  interface Open {
    from: number;
    to: number;
    top: number | undefined;
    samples: number;
    self: Map<string, number>;
  }
  const best: (Open | undefined)[] = windows.map(() => undefined);
  let current: Open | undefined;
  const close = (): void => {
    if (!current) return;
    windows.forEach((w, i) => {
      if (!current || current.to < w.fromUs || current.from > w.toUs) return;
      const kept = best[i];
      if (!kept || current.samples > kept.samples) best[i] = current;
    });
    current = undefined;
  };
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i] ?? 0;
    const node = byId.get(profile.samples[i] as number);
    if (!node) continue;
    const name = node.callFrame.functionName;
    if (name === '(idle)') {
      close();
      continue;
    }
    const neutral = name === '(garbage collector)' || name === '(program)';
    const top = topOf(node.id);
    if (current && !neutral && current.top !== undefined && current.top !== top) close();
    current ??= { from: t, to: t, top: undefined, samples: 0, self: new Map() };
    if (!neutral) current.top = top;
    const next = profile.timeDeltas[i + 1] ?? 0;
    current.to = t + next;
    current.samples += 1;
    const key = frameName(node);
    current.self.set(key, (current.self.get(key) ?? 0) + next);
  }
  close();
  return best.map((task) =>
    task
      ? {
          ms: Math.round((task.to - task.from) / 100) / 10,
          samples: task.samples,
          top: [...task.self]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3)
            .map(([frame, us]) => `${frame} ${Math.round(us / 1000)} ms`),
        }
      : undefined,
  );
}
