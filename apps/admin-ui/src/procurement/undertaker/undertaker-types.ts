// What an undertaker's applicant reads and sends (R24, R25), taken from the generated schema.
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type DirectoryEntryView = Schemas['DirectoryEntryView'];
export type DirectoryStatus = Schemas['DirectoryStatus'];
export type ApplyDirectoryEntryDto = Schemas['ApplyDirectoryEntryDto'];
export type BidView = Schemas['BidView'];
export type BidStatus = Schemas['BidStatus'];
export type SubmitBidDto = Schemas['SubmitBidDto'];
export type RaisePurchaseObjectionDto = Schemas['RaisePurchaseObjectionDto'];
export type PurchaseObjectionView = Schemas['PurchaseObjectionView'];
export type ContractView = Schemas['ContractView'];
export type ContractYearView = Schemas['ContractYearView'];
export type ContractInstalmentView = Schemas['ContractInstalmentView'];
export type ContractEvaluationView = Schemas['ContractEvaluationView'];
export type ContractReportView = Schemas['ContractReportView'];
export type SubmitContractReportDto = Schemas['SubmitContractReportDto'];
