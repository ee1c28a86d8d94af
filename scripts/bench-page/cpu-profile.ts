/**
 * --cpu-profile DIR (diagnosis only: sampling adds overhead, so its runs' figures are not
 * comparable to a plain run). Samples the renderer's V8 isolate, which runs the page's world
 * and the content scripts' worlds alike, and sums time per chrome-extension:// function.
 */
import fs from 'node:fs';
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function startCpuProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

const EXTENSION_URL = /^chrome-extension:\/\/[a-p]{32}\//;

/** Stops sampling, writes the .cpuprofile and prints the extension functions by self and total time. */
export async function stopCpuProfile(cdp: CDPSession, file: string): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  fs.writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(EXTENSION_URL, '')}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let extensionSelf = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    if (EXTENSION_URL.test(leaf.callFrame.url)) {
      self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
      extensionSelf += ms;
    }
    // Each function once per sample, however deep it recurses.
    const onStack = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      if (EXTENSION_URL.test(n.callFrame.url)) onStack.add(label(n));
    }
    for (const key of onStack) total.set(key, (total.get(key) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${key}`)
      .join('\n');
  console.log(`cpu profile ${file}: ${extensionSelf.toFixed(1)} ms of samples in extension code`);
  console.log(`self time:\n${top(self, 20)}\ntotal time (function on the stack):\n${top(total, 25)}`);
}
