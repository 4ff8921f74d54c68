import { schemaDrift } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { ORGANIZATIONS_DATABASE } from '../src/database';

jest.setTimeout(60_000);

describe('organizations migrations', () => {
  it('match the entities: no drift between entities and generated migrations', async () => {
    const drift = await schemaDrift(ORGANIZATIONS_DATABASE, testServerUrl());
    expect(drift.up).toEqual([]);
  });
});
