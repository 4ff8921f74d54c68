import { schemaDrift } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { VENTURE_DATABASE } from '../src/database';

jest.setTimeout(60_000);

/**
 * The venture migrations build exactly the schema its entities declare (calls, proposals,
 * reviewers, draws, recusals, awards, tranches, snapshots, outbox, inbox, audit): no drift, so the
 * award and tranche columns rule R19 keeps are really in the database.
 */
describe('venture migrations', () => {
  it('match the entities: no drift (calls, proposals, reviews, awards, tranches, snapshots, outbox, inbox, audit)', async () => {
    const drift = await schemaDrift(VENTURE_DATABASE, testServerUrl());
    expect(drift.up).toEqual([]);
  });
});
