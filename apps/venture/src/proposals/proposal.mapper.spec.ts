import type { RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { PersonalDataCipher, sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import type { Proposal } from './proposal.entity';
import { shownContact } from './proposal.mapper';

const cipher = new PersonalDataCipher(Buffer.alloc(32, 7).toString('base64'), 'k1');
const ACCOUNT = {
  accountName: '新竹社区夕阳红志愿服务队',
  accountNumber: '6222020102003456789',
  bankName: '广西北部湾银行南宁分行',
  bankCode: '313',
};
const phone = sealPhone(cipher, '13800771234');
const proposal = (status: Proposal['status']) =>
  ({
    organizationId: 'org-a',
    status,
    contactPhone: phone.cipher,
    contactPhoneMasked: phone.masked,
    bankAccount: sealPayeeAccount(cipher, ACCOUNT),
  }) as Proposal;
const applicant = (organizationId: string): RpcActor => ({
  userId: 'u',
  roles: [Role.APPLICANT],
  organizationId,
});
const MASKED = {
  contactPhone: '138****1234',
  bankAccount: { ...ACCOUNT, accountNumber: '***************6789' },
};

/** R30: the phone and the payee account shown in full only in the organization's own draft. */
describe('shownContact (R30)', () => {
  it("gives the owning organization's applicant its draft's numbers in full, for the edit form", () => {
    expect(shownContact(proposal('DRAFT'), applicant('org-a'), cipher)).toEqual({
      contactPhone: '13800771234',
      bankAccount: ACCOUNT,
    });
  });

  it('masks both once the proposal is submitted, even for its own organization', () => {
    expect(shownContact(proposal('SUBMITTED'), applicant('org-a'), cipher)).toEqual(MASKED);
  });

  it("masks both for officers and for another organization's applicant", () => {
    const officer: RpcActor = { userId: 'o', roles: [Role.PROGRAMME_OFFICER] };
    expect(shownContact(proposal('DRAFT'), officer, cipher)).toEqual(MASKED);
    expect(shownContact(proposal('DRAFT'), applicant('org-b'), cipher)).toEqual(MASKED);
  });
});
