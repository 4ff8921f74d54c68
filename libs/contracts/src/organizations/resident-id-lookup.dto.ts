import { ApiProperty } from '@nestjs/swagger';
import { IsResidentId } from '../common/is-resident-id.decorator';

/** Find the organizations a person leads, by their resident ID number (R30), in the body, never
 * in a URL that logs and proxies would keep. */
export class ResidentIdLookupDto {
  @ApiProperty({ example: '450103198805120021' })
  @IsResidentId()
  residentId: string;
}
