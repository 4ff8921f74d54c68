import 'reflect-metadata';
import { ModulesContainer } from '@nestjs/core/injector/modules-container';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { previewGateway } from '../openapi-document';
import { IDEMPOTENT } from '../idempotency/idempotent.decorator';
import { ACCESS_METADATA, type RouteAccess } from './access.decorator';

/** Every route of every controller the gateway mounts, found the way Nest finds them. */
async function mountedRoutes() {
  const app = await previewGateway();
  const routes: { route: string; access: RouteAccess | undefined; idempotent: boolean }[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as new (...args: never[]) => object;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        routes.push({
          route: `${controller.name}.${name} ${String(Reflect.getMetadata(PATH_METADATA, handler))}`,
          access:
            Reflect.getMetadata(ACCESS_METADATA, handler) ??
            Reflect.getMetadata(ACCESS_METADATA, controller),
          idempotent: Reflect.getMetadata(IDEMPOTENT, handler) === true,
        });
      }
    }
  }
  await app.close();
  return routes;
}

describe('every gateway route declares who may call it', () => {
  let routes: Awaited<ReturnType<typeof mountedRoutes>>;

  beforeAll(async () => {
    routes = await mountedRoutes();
  });

  it('finds the routes (auth, users, organizations, divisions, health)', () => {
    expect(routes.length).toBeGreaterThanOrEqual(18);
  });

  it('has @Roles, @AnyRole or @Public on each route', () => {
    expect(routes.filter((r) => r.access === undefined).map((r) => r.route)).toEqual([]);
  });

  it('never declares an empty role list (which would refuse everyone by accident)', () => {
    const empty = routes.filter((r) => r.access?.kind === 'roles' && r.access.roles.length === 0);
    expect(empty.map((r) => r.route)).toEqual([]);
  });

  it('keeps public routes to sign-in, health and metrics, what R23 discloses, what government purchase publishes (R24, R25) the county names the public pages show and the ranking rules in force (issue #17)', () => {
    const publicRoutes = routes.filter((r) => r.access?.kind === 'public').map((r) => r.route);
    expect(publicRoutes.sort()).toEqual([
      'AuthController.login login',
      'AuthController.refresh refresh',
      'DisclosureController.exportNotices public/lottery/notices/export.xlsx',
      'DisclosureController.notices public/lottery/notices',
      'DisclosureController.object public/lottery/notices/:id/objections',
      'GatewayHealthController.check /',
      'GatewayHealthController.live live', // the probes of deploy/k8s (issue #20)
      'GatewayHealthController.ready ready',
      'GatewayMetricsController.scrape /', // Prometheus (issue #20)
      'ProcurementCatalogueController.exportPublished public/procurement/catalogue/export.xlsx',
      'ProcurementCatalogueController.published public/procurement/catalogue',
      'ProcurementContractsController.exportPublished public/procurement/contracts/export.xlsx',
      'ProcurementContractsController.published public/procurement/contracts',
      'ProcurementDirectoryController.exportPublished public/procurement/directory/export.xlsx',
      'ProcurementDirectoryController.published public/procurement/directory',
      'ProcurementEvaluationController.exportResults public/procurement/results/export.xlsx',
      'ProcurementEvaluationController.results public/procurement/results',
      'ProcurementProjectsController.announcements public/procurement/announcements',
      'ProcurementProjectsController.exportAnnouncements public/procurement/announcements/export.xlsx',
      'PublicDivisionsController.counties public/divisions/counties',
      'PublicPoliciesController.inForce public/policies',
    ]);
  });

  it('takes an Idempotency-Key on every POST that creates an application, proposal, admission, batch or receipt', () => {
    const creating = [
      'LotteryController.submit applications',
      'VentureController.createProposal proposals',
      'IncubationController.submit admissions',
      'BatchesController.create batches',
      'ClawbacksController.record :id/receipts',
      'PaymentsController.propose :id/reissue',
      'OrganizationsController.register /',
      'ProcurementCatalogueController.create procurement/catalogue',
      'ProcurementDirectoryController.apply procurement/directory',
      'ProcurementProjectsController.create procurement/projects',
      'ProcurementEvaluationController.submit procurement/projects/:id/bids',
      'ProcurementEvaluationController.addExpert procurement/experts',
      'ProcurementEvaluationController.object procurement/projects/:id/objections',
      'ProcurementContractsController.sign procurement/projects/:id/contract',
      'ProcurementContractsController.evaluate procurement/contracts/:id/evaluations',
      'ProcurementContractsController.report procurement/contracts/:id/reports',
    ];
    const idempotent = routes.filter((r) => r.idempotent).map((r) => r.route);
    expect(idempotent).toEqual(expect.arrayContaining(creating));
  });
});
