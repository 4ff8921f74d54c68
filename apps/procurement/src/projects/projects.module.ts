import { Module } from '@nestjs/common';
import { ProjectsRepository } from './projects.repository';
import { ProjectsRpcController } from './projects.rpc-controller';
import { ProjectsService } from './projects.service';

/** Purchase projects: drafted within the catalogue and budget, announced, bid on (R25). */
@Module({
  controllers: [ProjectsRpcController],
  providers: [ProjectsService, ProjectsRepository],
  exports: [ProjectsRepository],
})
export class ProjectsModule {}
