import { schemaDrift } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { AUDIT_PROBE_DATABASE } from './probe/audit-probe-database';

jest.setTimeout(60_000);

describe('audit probe migrations', () => {
  it('match the AuditEntry entity: a service generating its migration gets this table', async () => {
    expect((await schemaDrift(AUDIT_PROBE_DATABASE, testServerUrl())).up).toEqual([]);
  });
});
