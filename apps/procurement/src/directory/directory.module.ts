import { Module } from '@nestjs/common';
import { DirectoryQueries } from './directory.queries';
import { DirectoryRpcController } from './directory.rpc-controller';
import { DirectoryService } from './directory.service';

/** The directory of undertakers fit to take on community services (R24; Order 102 art. 6–8, R25). */
@Module({
  controllers: [DirectoryRpcController],
  providers: [DirectoryService, DirectoryQueries],
})
export class DirectoryModule {}
