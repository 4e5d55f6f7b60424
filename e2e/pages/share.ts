import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { ExplorerPage, READOUT_IDS } from './explorer';

/** The share bar, exports, copy-as-code and lesson panel. */
export class SharePage extends ExplorerPage {
  constructor(page: Page) {
    super(page);
  }

  async copyLink(): Promise<string> {
    await this.page.getByTestId('share.copyLink').click();
    const field = this.page.getByTestId('share.link');
    await expect(field).not.toHaveValue('');
    return field.inputValue();
  }

  async readouts(): Promise<Record<string, string | null>> {
    const out: Record<string, string | null> = {};
    for (const id of READOUT_IDS) out[id] = await this.readout(id).getAttribute('data-value');
    return out;
  }

  async openExport(): Promise<void> {
    const menu = this.page.getByTestId('share.export');
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  }

  /** Clicks an export and returns the download with its contents. */
  async download(testId: string): Promise<{ download: Download; text: string; bytes: Buffer }> {
    await this.openExport();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(testId).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    return { download, bytes, text: bytes.toString('utf8') };
  }

  lessonPanel(): Locator {
    return this.page.getByTestId('lesson.panel');
  }
}
