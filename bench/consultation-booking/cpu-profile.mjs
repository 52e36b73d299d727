// Where a Node process spent its CPU, from a V8 `.cpuprofile` (what `node --cpu-prof` writes),
// optionally only within time windows (CLOCK_MONOTONIC µs, as `process.hrtime` gives them in any
// process of the machine): self time by package / part of the app, and the frames most time was
// spent inside (inclusive). Used by run.mjs with `--cpu-prof`, or alone:
//   node bench/consultation-booking/cpu-profile.mjs FILE.cpuprofile [--windows phases.json --phase booking] [--top 30]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IDLE = new Set(['(idle)', '(program)', '(root)']);

/** Which part of the code a frame belongs to: an npm package, a lib of the app, a Node module, or V8 itself. */
function partOf(frame) {
  const url = frame.url ?? '';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = url.indexOf('/dist/server/');
  if (dist >= 0) return `app ${url.slice(dist + '/dist/server/'.length).split('/').slice(0, 3).join('/')}`;
  if (url.startsWith('node:')) return url;
  if (url === '') return frame.functionName.startsWith('(') ? frame.functionName : '(native code)';
  return url;
}

const frameKey = (frame) => `${frame.functionName || '(anonymous)'} ${partOf(frame)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;

export function summarizeProfile(profile, { windows, top = 25 } = {}) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inWindow = (t) => !windows || windows.some(([from, to]) => t >= from && t <= to);

  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  let busy = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i] ?? 0;
    if (!inWindow(t)) continue;
    const dt = Math.max(0, profile.timeDeltas[i + 1] ?? 0);
    const leaf = nodes.get(profile.samples[i]);
    total += dt;
    if (IDLE.has(leaf.callFrame.functionName)) continue;
    busy += dt;
    const part = partOf(leaf.callFrame);
    self.set(part, (self.get(part) ?? 0) + dt);
    const seen = new Set();
    for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
      const key = frameKey(nodes.get(id).callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  }
  const ranked = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total / 1000,
    busyMs: busy / 1000,
    self: ranked(self).map(([part, us]) => ({ part, ms: us / 1000, share: us / busy })),
    inclusive: ranked(inclusive)
      .slice(0, top)
      .map(([frame, us]) => ({ frame, ms: us / 1000, share: us / busy })),
  };
}

export function describeProfile(summary, { parts = 20 } = {}) {
  const pct = (share) => `${(share * 100).toFixed(1)}%`;
  const lines = [`busy ${summary.busyMs.toFixed(0)} ms of ${summary.totalMs.toFixed(0)} ms sampled`, 'self time by part:'];
  for (const row of summary.self.slice(0, parts)) lines.push(`  ${pct(row.share).padStart(6)}  ${row.ms.toFixed(0).padStart(6)} ms  ${row.part}`);
  lines.push('inclusive time (the frame and what it called):');
  for (const row of summary.inclusive) lines.push(`  ${pct(row.share).padStart(6)}  ${row.ms.toFixed(0).padStart(6)} ms  ${row.frame}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node bench/consultation-booking/cpu-profile.mjs FILE.cpuprofile [--windows phases.json --phase NAME] [--top N]\n');
    process.exit(2);
  }
  const option = (name) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const phases = option('--windows') ? JSON.parse(readFileSync(option('--windows'), 'utf8')) : undefined;
  const windows = phases && option('--phase') ? phases[option('--phase')] : undefined;
  const summary = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')), { windows, top: Number(option('--top') ?? 25) });
  process.stdout.write(`${describeProfile(summary)}\n`);
}
