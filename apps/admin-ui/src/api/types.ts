// The API's shapes, all taken from the generated schema (scripts/generate-api.mjs).
import type { components } from './schema';

type Schemas = components['schemas'];

export type TokenPairView = Schemas['TokenPairView'];
export type CurrentUserView = Schemas['CurrentUserView'];
export type UserView = Schemas['UserView'];
export type CreateUserDto = Schemas['CreateUserDto'];
export type UpdateUserDto = Schemas['UpdateUserDto'];
export type Role = Schemas['Role'];
export type UserPageView = Schemas['UserPageView'];

export type CountyView = Schemas['CountyView'];
export type StreetView = Schemas['StreetView'];
export type CommunityView = Schemas['CommunityView'];

export type OrganizationView = Schemas['OrganizationView'];
export type RegisterOrganizationDto = Schemas['RegisterOrganizationDto'];
export type LeaderView = Schemas['LeaderView'];
export type ManagementTier = Schemas['ManagementTier'];

export type FundCode = Schemas['FundCode'];
export type FundPositionView = Schemas['FundPositionView'];
export type AppropriateBudgetDto = Schemas['AppropriateBudgetDto'];
export type PaymentView = Schemas['PaymentView'];
export type PaymentStatus = PaymentView['status'];
export type PaymentPage = Schemas['PaymentPage'];
export type BatchView = Schemas['BatchView'];
export type BatchStatus = BatchView['status'];
export type CreateBatchDto = Schemas['CreateBatchDto'];

export type LotteryPurpose = Schemas['LotteryPurpose'];
export type BudgetCategory = Schemas['BudgetCategory'];
export type PriorityGroup = Schemas['PriorityGroup'];
export type AreaType = Schemas['AreaType'];
export type SubsidyProgrammeView = Schemas['SubsidyProgrammeView'];
export type CreateSubsidyProgrammeDto = Schemas['CreateSubsidyProgrammeDto'];
export type LotteryYearView = Schemas['LotteryYearView'];
export type SubmitApplicationDto = Schemas['SubmitApplicationDto'];
export type ApplicationView = Schemas['ApplicationView'];
export type ApplicationStatus = ApplicationView['status'];
export type PriorityReasonView = Schemas['PriorityReasonView'];
export type NoticeView = Schemas['NoticeView'];
export type ObjectionDto = Schemas['ObjectionDto'];
export type NoticeKind = NoticeView['kind'];
export type NoticeContentDto = Schemas['NoticeContentDto'];
export type AnnualReportView = Schemas['AnnualReportView'];
export type PublishAnnualReportDto = Schemas['PublishAnnualReportDto'];
export type CorrectNoticeDto = Schemas['CorrectNoticeDto'];
export type AnnualDisclosureView = Schemas['AnnualDisclosureView'];
export type AssessmentDto = Schemas['AssessmentDto'];
export type RankingView = Schemas['RankingView'];
export type RankingRowView = Schemas['RankingRowView'];
export type RankingOutcome = RankingRowView['outcome'];
