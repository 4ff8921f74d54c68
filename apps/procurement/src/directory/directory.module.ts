import { Module } from '@nestjs/common';
import { DirectoryContactUnmaskService } from './contact-unmask.service';
import { DirectoryQueries } from './directory.queries';
import { DirectoryRpcController } from './directory.rpc-controller';
import { DirectoryService } from './directory.service';

/**
 * The directory of undertakers fit to take on community services (R24; Order 102 art. 6–8, R25),
 * with the audited unmasking of an entry's phone (R30, R31).
 */
@Module({
  controllers: [DirectoryRpcController],
  providers: [DirectoryService, DirectoryQueries, DirectoryContactUnmaskService],
})
export class DirectoryModule {}
