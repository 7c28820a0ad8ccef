import type { Locator, Page } from '@playwright/test';

/**
 * Clicks `trigger` and chooses `paths` in the file chooser it opens, as a person would. The same
 * in a browser and in Electron: the chooser is the page's own file input.
 */
export async function chooseFiles(page: Page, trigger: Locator, paths: readonly string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger.click()]);
  await chooser.setFiles([...paths]);
}

/**
 * Drops `paths` onto `target` as if dragged there from the desktop. The File objects come from a
 * real file input, so they are backed by the files on disk (in Electron they carry their paths,
 * as dragged files do).
 */
export async function dropFiles(page: Page, target: Locator, paths: readonly string[]): Promise<void> {
  const carrier = await page.evaluateHandle(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.style.display = 'none';
    document.body.append(input);
    return input;
  });
  try {
    await carrier.setInputFiles([...paths]);
    const transfer = await carrier.evaluateHandle((input) => {
      const data = new DataTransfer();
      for (const file of input.files ?? []) data.items.add(file);
      return data;
    });
    for (const type of ['dragenter', 'dragover', 'drop'] as const)
      await target.dispatchEvent(type, { dataTransfer: transfer });
    await transfer.dispose();
  } finally {
    await carrier.evaluate((input) => input.remove());
    await carrier.dispose();
  }
}
