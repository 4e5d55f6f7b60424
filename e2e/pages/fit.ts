import type { Page } from '@playwright/test';

export class FitPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async open(p: string) {
    await this.page.goto(`/?view=fit&p=${encodeURIComponent(p)}`);
  }
  forward() {
    return this.page.getByTestId('fit-forward');
  }
  reverse() {
    return this.page.getByTestId('fit-reverse');
  }
  async num(which: 'forward' | 'reverse', attr: string) {
    return Number(await (which === 'forward' ? this.forward() : this.reverse()).getAttribute(attr));
  }
}
