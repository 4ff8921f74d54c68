import { Module } from '@nestjs/common';
import { CatalogueRpcController } from './catalogue.rpc-controller';
import { CatalogueService } from './catalogue.service';

/** The catalogue of services the government purchases (R24), checked at entry (R25). */
@Module({
  controllers: [CatalogueRpcController],
  providers: [CatalogueService],
})
export class CatalogueModule {}
