// Turns the samples into medians and ratios, prints them as Markdown tables (the README shows
// them as printed) and writes bench/results.json with every sample and the machine they ran on.
import { writeFile } from 'node:fs/promises';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The median of every numeric field across the samples. */
export function medians(samples) {
  return Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((sample) => sample[key]))]));
}

/** Each case's samples with their medians. */
export function summarize(samplesByCase) {
  return Object.fromEntries(Object.entries(samplesByCase).map(([name, samples]) => [name, { median: medians(samples), samples }]));
}

/** Each load measure (T, T+L and their CPU times) of `numerator` over `denominator`, from their medians. */
export function ratio(load, numerator, denominator) {
  const [top, bottom] = [load[numerator].median, load[denominator].median];
  return Object.fromEntries(Object.keys(top).map((key) => [key, top[key] / bottom[key]]));
}

const fixed = (digits) => (value) => value.toFixed(digits);
const integer = (value) => Math.round(value).toLocaleString('en');

function table(headings, rows) {
  return [`| ${headings.join(' | ')} |`, `|${headings.map((_, index) => (index ? '---:' : '---')).join('|')}|`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

/** The Markdown the console shows. */
export function formatReport(results) {
  const { load, ratios, rotation, idle, memory, bytes, settings } = results;
  const ms = fixed(1);
  const times = Object.entries(load).map(([name, { elements, median: { T, TL, cpuT, cpuTL } }]) => [`${elements} ${name}`, ms(T), ms(TL), ms(cpuT), ms(cpuTL)]);
  const sections = [
    `${results.date} · ${results.machine.cpu} × ${results.machine.cores} cores · ${results.chromium} · load average ${results.machine.loadAverage.start.map(fixed(1)).join(' ')} at the start, ${results.machine.loadAverage.end.map(fixed(1)).join(' ')} at the end`,
    `Load, median of ${settings.pages} pages (ms; CPU: the main thread's CPU time over the same span)\n\n${table(['page', 'T', 'T+L', 'CPU T', 'CPU T+L'], times)}`,
    `Ratios of medians\n\n${table(['', 'T', 'T+L', 'CPU T', 'CPU T+L'], Object.entries(ratios).map(([name, { T, TL, cpuT, cpuTL }]) => [name, ...[T, TL, cpuT, cpuTL].map(fixed(2))]))}`,
    `Rotation, ${settings.counts.rotation} visible quotes every ${settings.rotation.interval} ms, ${settings.rotation.rotations} rounds, median of ${settings.pages} pages\n\n${table(
      ['script ms per rotation per element', 'style+layout ms per rotation per element', 'long tasks', 'rotations counted'],
      [[fixed(3)(rotation.median.scriptPerRotation), fixed(3)(rotation.median.renderingPerRotation), rotation.median.longTasks,
        `${rotation.median.rotationsCounted} of ${rotation.median.expectedRotations}`]])}`,
    `Idle, ${settings.counts.idle} quotes, ${settings.idle.virtualMs / 1000} s of virtual time each, median of ${settings.idlePages} pages\n\n${table(
      ['timer callbacks off screen', 'timer callbacks page hidden'], [[idle.median.offScreen, idle.median.hidden]])}`,
    `Memory, ${settings.memory.cycles} create/render/remove cycles against ${settings.memory.warmCycles}, median of ${settings.memoryPages} pages\n\n${table(
      ['element', 'bytes kept per cycle'], Object.entries(memory).map(([name, { median: { bytesPerCycle } }]) => [name, integer(bytesPerCycle)]))}`,
    `Bytes\n\n${table(['script', 'min', 'gzip', 'brotli'], [...bytes.shipped, ...bytes.references.map((row) => ({ ...row, file: `${row.file} (reference)` }))]
      .map(({ file, min, gzip, brotli }) => [file, integer(min), integer(gzip), integer(brotli)]))}${bytes.notes.map((note) => `\n\n${note}`).join('')}`,
  ];
  return sections.join('\n\n');
}

/** Prints the report and writes every sample to `path`. */
export async function report(results, path) {
  console.log(formatReport(results));
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nAll samples: ${path} (run took ${results.durationSeconds.toFixed(0)} s)`);
}
