import { schemaDrift } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { PROBE_DATABASE } from './probe/probe-database';

describe('probe migrations', () => {
  it('match the messaging entities (outbox, inbox) and the probe effect log', async () => {
    expect((await schemaDrift(PROBE_DATABASE, testServerUrl())).up).toEqual([]);
  });
});
