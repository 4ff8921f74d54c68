import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TrainingAttendance } from './training-attendance.entity';

/** The training feature's SQL. */
@Injectable()
export class TrainingRepository {
  /** Records attendance in the caller's transaction; someone recorded already stays as is. */
  async recordAttendance(
    manager: EntityManager,
    sessionId: string,
    incubateeIds: string[],
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(TrainingAttendance)
      .values(incubateeIds.map((incubateeId) => ({ sessionId, incubateeId })))
      .orIgnore()
      .execute();
  }
}
