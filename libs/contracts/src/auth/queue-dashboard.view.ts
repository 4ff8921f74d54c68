import { ApiProperty } from '@nestjs/swagger';

/** The answer to a queue dashboard ticket (issue #20): where to open it, and until when. */
export class QueueDashboardTicketView {
  @ApiProperty({ example: '/api/admin/queues/' }) url: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}
