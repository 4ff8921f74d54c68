import { type PaymentPage, PaymentsQuery, type RpcActor, validatePlain } from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type FindOptionsWhere, In } from 'typeorm';
import { Payment } from './entities/payment.entity';
import { paymentView } from './payment.mapper';
import { PaymentReissue } from './reissues/payment-reissue.entity';
import { reissueView } from './reissues/reissue.mapper';

/**
 * Payments as finance staff look for them: awaiting a batch, in a batch, by status or fund; a
 * failed one with its latest re-issue proposal (R28).
 */
@Injectable()
export class PaymentsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(input: unknown, actor: RpcActor): Promise<PaymentPage> {
    authorize(actor, Permission.FINANCE_READ);
    const query = validatePlain(PaymentsQuery, input ?? {}, 'query');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const where: FindOptionsWhere<Payment> = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.fund ? { fund: query.fund } : {}),
      ...(query.batchId ? { batchId: query.batchId } : {}),
    };
    const repository = this.dataSource.getRepository(Payment);
    const rows = await repository.find({
      where,
      order: { requestedAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    // The count and the sum in one pass over the payments the filter keeps.
    const totals: { n: string; fen: string | null } | undefined = await repository
      .createQueryBuilder('payment')
      .select('count(*)', 'n')
      .addSelect('sum(payment.amountFen)', 'fen')
      .where(where)
      .getRawOne();
    const total = Number(totals?.n ?? 0);
    const sum = totals?.fen;
    const failed = rows.filter((p) => p.status === 'FAILED').map((p) => p.id);
    const reissues = failed.length
      ? await this.dataSource
          .getRepository(PaymentReissue)
          .find({ where: { paymentId: In(failed) }, order: { proposedAt: 'ASC' } })
      : [];
    // The latest proposal for each failed payment (a rejected one may be followed by another).
    const latest = new Map(reissues.map((r) => [r.paymentId, r]));
    return {
      items: rows.map((p) => {
        const reissue = latest.get(p.id);
        return { ...paymentView(p), ...(reissue ? { reissue: reissueView(reissue) } : {}) };
      }),
      total,
      totalFen: Number(sum ?? 0),
    };
  }
}
