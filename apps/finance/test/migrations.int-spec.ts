import { schemaDrift } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { FINANCE_DATABASE } from '../src/database';

jest.setTimeout(60_000);

describe('finance migrations', () => {
  it('match the entities: no drift (budgets, commitments, ledger, outbox, inbox, audit)', async () => {
    const drift = await schemaDrift(FINANCE_DATABASE, testServerUrl());
    expect(drift.up).toEqual([]);
  });
});
