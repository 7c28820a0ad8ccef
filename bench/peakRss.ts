/**
 * The peak RSS (KiB) of the process this runs in, as a JavaScript expression for a child's exit
 * hook. Linux's VmHWM belongs to the process's own address space; `getrusage` maxRSS does not:
 * after fork and exec it keeps the parent's size at the fork, so a child of a large bench process
 * would report the bench, not itself. Elsewhere maxRSS is the best there is. The hook that uses it
 * imports `readFileSync` from node:fs.
 */
export const PEAK_RSS_KIB_EXPRESSION =
  "(() => { try { const m = /VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8')); if (m) return Number(m[1]); } catch {} return process.resourceUsage().maxRSS; })()";
