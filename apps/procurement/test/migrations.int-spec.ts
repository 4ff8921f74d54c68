import { schemaDrift } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { PROCUREMENT_DATABASE } from '../src/database';

jest.setTimeout(60_000);

describe('procurement migrations', () => {
  it('match the entities: no drift (catalogue, projects, contracts, policy copies, snapshots, outbox, inbox, audit)', async () => {
    const drift = await schemaDrift(PROCUREMENT_DATABASE, testServerUrl());
    expect(drift.up).toEqual([]);
  });
});
