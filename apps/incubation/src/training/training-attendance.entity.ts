import { Entity, PrimaryColumn } from 'typeorm';

/** An incubatee attended a session (R11); counted against MIN_TRAINING_SESSIONS (R16). */
@Entity('training_attendance')
export class TrainingAttendance {
  @PrimaryColumn('uuid')
  sessionId: string;

  @PrimaryColumn('uuid')
  incubateeId: string;
}
