import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { SealedBankAccountV2 } from '../finance/sealed-bank-account.v2';
import { OrganizationSnapshotFields } from './organization-snapshot.fields';

/**
 * The custodian keeping an organization's finances (R3), its account number sealed and masked
 * (rule R30; see SealedBankAccountV2 for why a PII_KEY token): programmes store it as it arrives
 * and pass the token on to finance when they pay under custody, never opening it.
 */
export class CustodianSnapshotV2 extends SealedBankAccountV2 {
  @IsString()
  @Length(1, 100)
  name: string;
}

/**
 * What other services keep of an organization (OrganizationSnapshotFields) and payments to a
 * custodian (R3), as the registry publishes it from v2 on: the custodian's account number sealed.
 */
export class OrganizationSnapshotV2 extends OrganizationSnapshotFields {
  @IsOptional()
  @ValidateNested()
  @Type(() => CustodianSnapshotV2)
  financialCustodian: CustodianSnapshotV2 | null;
}
