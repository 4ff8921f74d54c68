import { stripVTControlCharacters } from 'node:util';
import { DataSource } from 'typeorm';
import { createScratchDatabase, dataSourceOptions } from '../src';

// The server `npm test` provides (DATABASE_URL), read directly: @civic/testing depends on this
// library, so its helpers cannot be imported here.
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

// R29/R30: a failed query's log names the query and the error, never the values sent with it.
describe('query error logging withholds parameter values', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  const printed: string[] = [];
  const spies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(SERVER_URL, 'withheld-parameters');
    dataSource = await new DataSource(
      dataSourceOptions({ schema: 'public', entities: [], migrations: [] }, scratch.url, {
        poolSize: 1,
      }),
    ).initialize();
    await dataSource.query('CREATE TABLE contact (phone text NOT NULL CHECK (length(phone) = 11))');
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      spies.push(
        jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
          // without colours: TypeORM highlights SQL when the output is a terminal or FORCE_COLOR is set
          printed.push(stripVTControlCharacters(args.map(String).join(' ')));
        }),
      );
    }
  });

  afterAll(async () => {
    spies.forEach((spy) => spy.mockRestore());
    await dataSource?.destroy();
    await scratch?.drop();
  });

  it('logs the failed INSERT and its error, with a count in place of the phone numbers', async () => {
    await expect(
      dataSource.query('INSERT INTO contact (phone) VALUES ($1), ($2)', [
        '13800138000',
        '139001390001234',
      ]),
    ).rejects.toThrow(/check constraint/);
    const log = printed.join('\n');
    expect(log).toContain('INSERT INTO contact');
    expect(log).toContain('check constraint');
    expect(log).toContain('2 parameter value(s) withheld');
    expect(log).not.toContain('13800138000');
    expect(log).not.toContain('139001390001234');
    const stored = await dataSource.query('SELECT count(*)::int AS n FROM contact');
    expect(stored).toEqual([{ n: 0 }]);
  });
});
