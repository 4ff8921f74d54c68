import { PartialType } from '@nestjs/swagger';
import { RegisterOrganizationDto } from './register-organization.dto';

/** A partial update; what is sent is validated by the same rules as registration. */
export class UpdateOrganizationDto extends PartialType(RegisterOrganizationDto) {}
