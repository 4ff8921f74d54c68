import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { OrganizationSnapshotFields } from './organization-snapshot.fields';

export { LeaderSnapshotV1 } from './organization-snapshot.fields';

export class CustodianSnapshotV1 {
  @IsString()
  name: string;

  @IsString()
  accountName: string;

  @IsString()
  bankName: string;

  @IsString()
  accountNumber: string;

  /** The bank's CNAPS category code (rule R28); absent from custodians entered before it was asked. */
  @IsOptional()
  @IsString()
  bankCode?: string;
}

/**
 * What other services keep of an organization (OrganizationSnapshotFields) and payments to a
 * custodian (R3), the custodian's account number in the clear. Published no more (v2 seals it,
 * rule R30); consumers still take it, for messages in flight when the registry was deployed.
 */
export class OrganizationSnapshotV1 extends OrganizationSnapshotFields {
  @IsOptional()
  @ValidateNested()
  @Type(() => CustodianSnapshotV1)
  financialCustodian: CustodianSnapshotV1 | null;
}
