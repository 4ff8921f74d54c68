import { schemaDrift } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { GATEWAY_DATABASE } from '../src/database';

jest.setTimeout(60_000);

describe('gateway migrations', () => {
  it('match the entities (users, sessions, audit chain): no drift', async () => {
    const drift = await schemaDrift(GATEWAY_DATABASE, testServerUrl());
    expect(drift.up).toEqual([]);
  });
});
