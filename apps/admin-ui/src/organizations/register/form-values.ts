import { yuanToFen } from '@civic/domain/money';
import type { Dayjs } from 'dayjs';
import type { RegisterOrganizationDto } from '../../api/types';
import type { ViolationMapping } from '../../common/form-violations';

type Dto = RegisterOrganizationDto;

/** What the form holds: the DTO, but money in yuan (a decimal string) and months as dates. */
export interface RegisterFormValues {
  name: string;
  category: Dto['category'];
  areaType: Dto['areaType'];
  location: Dto['location'];
  postalAddress: Dto['postalAddress'];
  activitySite?: string;
  registeredFundsYuan: string;
  isFederation: boolean;
  memberCount: number;
  memberOrganizationIds?: string[];
  leaders: Dto['leaders'];
  activityMonths?: Dayjs[];
  hasCustodian: boolean;
  financialCustodian?: NonNullable<Dto['financialCustodian']>;
  uscc?: string;
  takesGovernmentFunctions: boolean;
  founderBackground?: Dto['founderBackground'];
  servedGroups?: Dto['servedGroups'];
  fundingSource?: Dto['fundingSource'];
  foundingPartner?: Dto['foundingPartner'];
  serviceField?: Dto['serviceField'];
  legalForm?: Dto['legalForm'];
}

/**
 * Where the API's fields are entered: money in yuan rather than fen (R26), division names with
 * their codes, and arrays entered with one control.
 */
export const VIOLATION_MAPPING: ViolationMapping = {
  aliases: {
    registeredFundsFen: 'registeredFundsYuan',
    'location.countyName': 'location.countyCode',
    'location.streetName': 'location.streetCode',
    'location.communityName': 'location.communityCode',
  },
  lists: ['activityMonths', 'servedGroups', 'memberOrganizationIds'],
};

export const INITIAL_VALUES: Partial<RegisterFormValues> = {
  isFederation: false,
  hasCustodian: false,
  takesGovernmentFunctions: false,
  leaders: [{ name: '', role: '', isPartyMember: false }],
  activityMonths: [],
  // rule R9, rule R2: what the API assumes when they are left out, shown rather than implied.
  fundingSource: 'RESIDENTS',
  foundingPartner: 'NONE',
  serviceField: 'OTHER',
  legalForm: 'SOCIAL_GROUP',
};

/**
 * The request body. Money goes as integer fen (R26); empty optional texts are left out rather
 * than sent as '' (the API checks what is sent; nothing is checked here beyond `required`).
 */
export function toRegisterDto(values: RegisterFormValues): Dto {
  const { registeredFundsYuan, hasCustodian, activityMonths, ...rest } = values;
  return {
    ...rest,
    activitySite: blankToUndefined(rest.activitySite),
    uscc: blankToUndefined(rest.uscc),
    registeredFundsFen: yuanToFen(String(registeredFundsYuan).trim()),
    memberOrganizationIds: rest.isFederation ? (rest.memberOrganizationIds ?? []) : undefined,
    leaders: rest.leaders.map((leader) => ({ ...leader, isPartyMember: !!leader.isPartyMember })),
    activityMonths: [...new Set((activityMonths ?? []).map((m) => m.format('YYYY-MM')))].sort(),
    financialCustodian: hasCustodian ? rest.financialCustodian : undefined,
  };
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
