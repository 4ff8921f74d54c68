import { IsUUID } from 'class-validator';

/** A record named by its id, as RPC requests carry it: a bad id is a 400 naming `id`. */
export class IdRef {
  @IsUUID()
  id: string;
}
