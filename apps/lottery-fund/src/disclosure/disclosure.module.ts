import { Module } from '@nestjs/common';
import { DisclosureService } from './disclosure.service';

/** Publicity notices and their corrections (R23), for the approvals and the funding port. */
@Module({ providers: [DisclosureService], exports: [DisclosureService] })
export class DisclosureModule {}
