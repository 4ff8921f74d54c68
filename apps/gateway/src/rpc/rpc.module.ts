import { RpcClient, type RpcClientSettings } from '@civic/platform/rpc';
import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnModuleDestroy,
} from '@nestjs/common';

@Injectable()
class RpcClientLifecycle implements OnModuleDestroy {
  constructor(@Inject(RpcClient) private readonly client: RpcClient) {}

  async onModuleDestroy(): Promise<void> {
    await this.client.close();
  }
}

/** The gateway's one RPC client to every service. */
@Module({})
export class RpcModule {
  static forRoot(settings: RpcClientSettings): DynamicModule {
    return {
      module: RpcModule,
      global: true,
      providers: [{ provide: RpcClient, useValue: new RpcClient(settings) }, RpcClientLifecycle],
      exports: [RpcClient],
    };
  }
}
