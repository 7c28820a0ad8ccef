/** What the page records for the wizard benchmark; read back with `page.evaluate`. */
export interface PageProbe {
  wizardPaintAt: number | null;
  openClickedAt: number | null;
  inputs: { at: number; length: number }[];
  commits: { at: number; length: number }[];
  saveRoundTrips: number[];
  longTasks: { start: number; duration: number }[];
}

/**
 * The few browser globals the probe uses. This file is compiled with the Node configuration (the
 * benchmark runner imports it) but its function runs in Chromium, so it names what it needs here
 * rather than pulling the DOM library into every Node file.
 */
interface BrowserGlobals {
  probe: PageProbe;
  fetch: typeof fetch;
  performance: { now(): number };
  document: {
    querySelector(selector: string): unknown;
    addEventListener(type: 'input', listener: (event: { target: unknown }) => void, capture: boolean): void;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean }): void;
  };
  PerformanceObserver: new (
    callback: (list: { getEntries(): { startTime: number; duration: number }[] }) => void,
  ) => { observe(options: { type: 'longtask'; buffered: boolean }): void };
  requestAnimationFrame(callback: () => void): void;
}

/**
 * Installed before the app's own scripts: records when the wizard's first question is painted, each
 * keystroke's resulting text length, each answers.save the core acknowledged, and every long task.
 */
export function installProbe(): void {
  const page = globalThis as unknown as BrowserGlobals;
  const probe: PageProbe = {
    wizardPaintAt: null,
    openClickedAt: null,
    inputs: [],
    commits: [],
    saveRoundTrips: [],
    longTasks: [],
  };
  page.probe = probe;
  new page.PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new page.MutationObserver(() => {
    if (probe.wizardPaintAt === null && page.document.querySelector('.wizard-question')) {
      // The frame after the DOM change is the one that paints it.
      probe.wizardPaintAt = -1;
      page.requestAnimationFrame(() => setTimeout(() => (probe.wizardPaintAt = page.performance.now()), 0));
    }
  }).observe(page.document, { childList: true, subtree: true });
  page.document.addEventListener(
    'input',
    (event) => {
      const target = event.target as { tagName?: string; value?: string };
      if (target.tagName === 'TEXTAREA' && typeof target.value === 'string')
        probe.inputs.push({ at: page.performance.now(), length: target.value.length });
    },
    true,
  );
  const original = page.fetch.bind(page);
  page.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const started = page.performance.now();
    const response = await original(input, init);
    if (url.endsWith('/invoke/answers.save') && typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as { value?: unknown };
      if (response.ok && typeof body.value === 'string')
        probe.commits.push({ at: page.performance.now(), length: body.value.length });
      probe.saveRoundTrips.push(page.performance.now() - started);
    }
    return response;
  };
}
