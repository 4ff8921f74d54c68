import { schemaDrift } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { LOTTERY_FUND_DATABASE } from '../src/database';

jest.setTimeout(60_000);

describe('lottery-fund migrations', () => {
  it('match the entities: no drift (programmes, applications, snapshots, outbox, inbox, audit)', async () => {
    const drift = await schemaDrift(LOTTERY_FUND_DATABASE, testServerUrl());
    expect(drift.up).toEqual([]);
  });
});
