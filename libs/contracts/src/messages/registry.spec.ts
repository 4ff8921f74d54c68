import { queuesFor, queueTakes } from '../queues/queues';
import { PayloadValidationError } from '../common/validation';
import { type PayloadOf, validateMessage } from './registry';

describe('message contracts', () => {
  it('validates a payload against its declared class', () => {
    const payload = validateMessage('platform.probe-sent.v1', { runId: 'r', sequence: 3 });
    expect(payload.sequence).toBe(3);
  });

  it('names every bad field, including fields the contract does not declare', () => {
    expect.assertions(2);
    try {
      validateMessage('incubation.organization-graduated.v1', {
        organizationId: 'not-a-uuid',
        baseId: '2a1d6a3c-8d47-4e0b-a0c9-7d2f0f4b2e10',
        cohortId: '3b2e7b4d-9e58-4f1c-b1da-8e3a1a5c3f21',
        graduatedAt: 'yesterday',
        extra: 1,
      });
    } catch (error) {
      expect(error).toBeInstanceOf(PayloadValidationError);
      expect((error as PayloadValidationError).violations.map((v) => v.field).sort()).toEqual([
        'extra',
        'graduatedAt',
        'organizationId',
      ]);
    }
  });

  it('routes a message to every queue that takes it, and to none that does not', () => {
    expect(queuesFor('incubation.organization-graduated.v1')).toEqual(['organizations.inbox']);
    expect(queueTakes('organizations.inbox', 'platform.probe-sent.v1')).toBe(false);
  });

  it("sends finance's answers only to the programme that asked", () => {
    const settled = { programme: 'venture' };
    expect(queuesFor('finance.disbursement-settled.v1', settled)).toEqual(['venture.inbox']);
    expect(queuesFor('finance.commitment-decided.v1', { programme: 'lottery-fund' })).toEqual([
      'lottery-fund.inbox',
    ]);
    // No programme, or one no queue belongs to: nowhere, rather than everywhere.
    expect(queuesFor('finance.disbursement-failed.v1', {})).toEqual([]);
    expect(queuesFor('finance.disbursement-failed.v1', { programme: 'finance' })).toEqual([]);
    expect(queuesFor('finance.disbursement-requested.v1')).toEqual(['finance.inbox']);
  });

  describe('v2 payment requests and snapshots carry account numbers sealed only (R30, issue #15)', () => {
    const TOKEN = `v1.k1.${'A'.repeat(40)}_-9`;
    const account = {
      accountName: '青秀区邻里互助会',
      bankName: '中国工商银行南宁青秀支行',
      bankCode: '102',
      accountNumberSealed: TOKEN,
      accountNumberMasked: '***************6789',
    };
    const request = {
      paymentId: '2a1d6a3c-8d47-4e0b-a0c9-7d2f0f4b2e10',
      commitmentId: '3b2e7b4d-9e58-4f1c-b1da-8e3a1a5c3f21',
      programme: 'venture',
      organizationId: '0b7f3a52-5f39-4c7e-9a57-2f4f4b1f0c11',
      amountFen: 100,
      organizationName: '青秀区邻里互助会',
      reference: '公益创投资助',
      bankAccount: account,
      financialCustodian: { custodianName: '托管中心', bankAccount: account },
    };
    const violations = (name: Parameters<typeof validateMessage>[0], payload: unknown) => {
      try {
        validateMessage(name, payload);
        return [];
      } catch (error) {
        return (error as PayloadValidationError).violations;
      }
    };

    it('takes a sealed token and its masked form', () => {
      expect(violations('finance.disbursement-requested.v2', request)).toEqual([]);
      expect(
        violations('finance.commitment-requested.v2', {
          commitmentId: request.commitmentId,
          programme: 'incubation',
          fund: 'INCUBATION',
          fiscalYear: 2026,
          organizationId: request.organizationId,
          amountFen: 100,
          reference: '孵化基地初创补贴',
          recipient: null,
          payment: {
            paymentId: request.paymentId,
            organizationName: '互助会',
            reference: '补贴',
            bankAccount: account,
          },
        }),
      ).toEqual([]);
    });

    it.each([
      [
        'the number in the clear',
        { accountNumberSealed: '6222020102003456789' },
        'accountNumberSealed',
      ],
      [
        'the number spaced',
        { accountNumberSealed: '6222 0201 0200 3456 789' },
        'accountNumberSealed',
      ],
      ['a truncated token', { accountNumberSealed: 'v1.k1.AAAA' }, 'accountNumberSealed'],
      [
        'the number as its masked form',
        { accountNumberMasked: '6222020102003456789' },
        'accountNumberMasked',
      ],
      [
        'a masked form showing more than 4',
        { accountNumberMasked: '**********003456789' },
        'accountNumberMasked',
      ],
    ])(
      'refuses %s, naming the field and R30 and not repeating the value',
      (_case, change, field) => {
        for (const [name, path] of [
          ['bankAccount', `bankAccount.${field}`],
          ['financialCustodian', `financialCustodian.bankAccount.${field}`],
        ] as const) {
          const bad =
            name === 'bankAccount'
              ? { ...request, bankAccount: { ...account, ...change } }
              : {
                  ...request,
                  financialCustodian: {
                    custodianName: '托管中心',
                    bankAccount: { ...account, ...change },
                  },
                };
          const found = violations('finance.disbursement-requested.v2', bad);
          expect(found.map((v) => v.field)).toEqual([path]);
          expect(found[0].message).toContain('rule R30');
          expect(found[0].message).not.toContain('3456');
        }
      },
    );

    describe('a v2 commitment request names its recipient (issue #18; R1, R10, R12, R20)', () => {
      const commitment = {
        commitmentId: request.commitmentId,
        programme: 'lottery-fund',
        fund: 'LOTTERY_WELFARE',
        fiscalYear: 2026,
        organizationId: request.organizationId,
        amountFen: 100,
        reference: '彩票公益金资助',
      };
      const recipient = {
        streetCode: '450103001',
        countyCode: '450103',
        areaType: 'RURAL',
        category: 'PUBLIC_WELFARE',
        partyLed: true,
        takesGovernmentFunctions: false,
        purpose: 'ELDERLY',
      };

      it('takes a recipient with its facts, or null for a payee outside the registry', () => {
        expect(violations('finance.commitment-requested.v2', { ...commitment, recipient })).toEqual(
          [],
        );
        const { purpose: _none, ...withoutPurpose } = recipient;
        expect(
          violations('finance.commitment-requested.v2', {
            ...commitment,
            recipient: withoutPurpose,
          }),
        ).toEqual([]);
        expect(
          violations('finance.commitment-requested.v2', { ...commitment, recipient: null }),
        ).toEqual([]);
      });

      it('refuses a request that leaves the recipient out, or names its facts wrongly', () => {
        expect(
          violations('finance.commitment-requested.v2', commitment).map((v) => v.field),
        ).toEqual(['recipient']);
        const bad = {
          ...recipient,
          streetCode: '4501030',
          areaType: 'SUBURBAN',
          partyLed: 'yes',
          purpose: 'TRAVEL',
        };
        expect(
          violations('finance.commitment-requested.v2', { ...commitment, recipient: bad })
            .map((v) => v.field)
            .sort(),
        ).toEqual([
          'recipient.areaType',
          'recipient.partyLed',
          'recipient.purpose',
          'recipient.streetCode',
        ]);
      });
    });

    it('refuses a v2 snapshot whose custodian account number is in the clear; v1 still takes it', () => {
      const snapshot = {
        organizationId: request.organizationId,
        version: 1,
        name: '青山社区儿童托管互助会',
        category: 'MUTUAL_AID',
        areaType: 'URBAN',
        countyCode: '450103',
        streetCode: '450103001',
        communityCode: '450103001001',
        tier: 'STREET_FILED',
        uscc: null,
        leaders: [],
        takesGovernmentFunctions: false,
        founderBackground: null,
        graduatedFromIncubation: false,
        occurredAt: '2026-03-01T00:00:00.000Z',
      };
      const { accountNumberSealed: _sealed, accountNumberMasked: _masked, ...holder } = account;
      const plain = {
        ...snapshot,
        financialCustodian: { name: '托管中心', ...holder, accountNumber: '6222020102003456789' },
      };
      const sealed = { ...snapshot, financialCustodian: { name: '托管中心', ...account } };
      expect(violations('organizations.organization-changed.v1', plain)).toEqual([]);
      expect(violations('organizations.organization-changed.v2', sealed)).toEqual([]);
      expect(
        violations('organizations.organization-registered.v2', plain).map((v) => v.field),
      ).toEqual(
        expect.arrayContaining([
          'financialCustodian.accountNumber',
          'financialCustodian.accountNumberSealed',
        ]),
      );
    });

    it('routes v2 requests to finance and v2 snapshots to every programme', () => {
      expect(queuesFor('finance.disbursement-requested.v2')).toEqual(['finance.inbox']);
      expect(queuesFor('finance.commitment-requested.v2')).toEqual(['finance.inbox']);
      expect(queuesFor('organizations.organization-changed.v2').sort()).toEqual(
        queuesFor('organizations.organization-changed.v1').sort(),
      );
    });
  });

  it('does not compile a message name or payload that contracts do not declare', () => {
    // These lines are checked by `tsc` in the test command: each must be a type error.
    // @ts-expect-error an undeclared message name
    const unknownName: PayloadOf<'organizations.organization-deleted.v1'> = {};
    // @ts-expect-error a payload missing its fields
    const badPayload: PayloadOf<'platform.probe-sent.v1'> = { runId: 'r' };
    expect([unknownName, badPayload]).toHaveLength(2);
  });
});
