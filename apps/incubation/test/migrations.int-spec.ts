import { schemaDrift } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { INCUBATION_DATABASE } from '../src/database';

jest.setTimeout(60_000);

/**
 * The incubation migrations build exactly the schema its entities declare (bases, venues, cohorts,
 * admissions, incubatees, start-up subsidies, training, snapshots, outbox, inbox, audit): no
 * drift, so the unique constraints rules R15 and R16 rely on are really in the database.
 */
describe('incubation migrations', () => {
  it('match the entities: no drift (bases, cohorts, admissions, incubatees, subsidies, training, snapshots, outbox, inbox, audit)', async () => {
    const drift = await schemaDrift(INCUBATION_DATABASE, testServerUrl());
    expect(drift.up).toEqual([]);
  });
});
