import { startTestbed, type Testbed } from './harness/testbed';
import { logIn } from './harness/ui';

jest.setTimeout(300_000);

/**
 * The queue dashboard (issue #20): from the users page an administrator opens bull-board in a new
 * tab, through the UI's own origin (/api is proxied to the gateway), under the gateway's
 * Content-Security-Policy, showing every queue of the platform.
 */
describe('admin UI: the queue dashboard', () => {
  let bed: Testbed;

  beforeAll(async () => {
    bed = await startTestbed();
  });

  afterAll(() => bed?.stop());

  it('an administrator opens it from the users page and sees every queue', async () => {
    const { page, errors, close } = await bed.open();
    try {
      await logIn(page, 'admin');
      await page.getByTestId('side-menu').getByText('用户管理', { exact: true }).click();
      const opened = page.context().waitForEvent('page');
      await page.getByRole('button', { name: '消息队列面板' }).click();
      const board = await opened;
      const violations: string[] = [];
      board.on('console', (entry) => {
        if (/Content.Security.Policy|Refused to/i.test(entry.text())) violations.push(entry.text());
      });
      await board.waitForURL(/\/api\/admin\/queues\/?$/);
      await board.getByText('{finance.inbox}').first().waitFor();
      for (const queue of ['{organizations.inbox}', '{gateway.inbox}']) {
        expect(await board.getByText(queue).count()).toBeGreaterThan(0);
      }
      expect(violations.filter((v) => !/fonts\.googleapis/.test(v))).toEqual([]);
      await board.close();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
