import { Module } from '@nestjs/common';
import { GraduationService } from './graduation.service';

/** Admissions and graduations from incubation (R13, R16); exported for the inbox. */
@Module({ providers: [GraduationService], exports: [GraduationService] })
export class GraduationModule {}
